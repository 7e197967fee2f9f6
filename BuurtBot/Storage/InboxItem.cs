namespace BuurtBot.Storage;

/// <summary>
/// A message as it arrived, stored before anything else happens to it, unique on
/// (channel, channel message id) so a second delivery of the same message is ignored.
/// </summary>
public sealed class InboxItem
{
    public long Id { get; set; }

    public required string Channel { get; set; }

    public required string ChannelMessageId { get; set; }

    public Guid ConversationId { get; set; }

    /// <summary>Kept beside the payload so the processor can hold back host events while a coordinator has the chat.</summary>
    public BuurtBot.Dialogs.Messages.InboundKind Kind { get; set; }

    /// <summary>The channel-neutral <c>InboundMessage</c> as JSON.</summary>
    public required string Payload { get; set; }

    public DateTime ReceivedUtc { get; set; }

    public DateTime? ProcessedUtc { get; set; }

    public int Attempts { get; set; }

    /// <summary>Why the last attempt failed (no message content, only the exception type and text).</summary>
    public string? LastError { get; set; }
}
