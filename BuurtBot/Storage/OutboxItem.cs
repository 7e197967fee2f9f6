namespace BuurtBot.Storage;

/// <summary>
/// A reply waiting to be delivered. Written in the same transaction as the dialog state
/// that produced it, then sent by the channel's sender, in order per conversation.
/// </summary>
public sealed class OutboxItem
{
    public long Id { get; set; }

    public Guid ConversationId { get; set; }

    public required string Channel { get; set; }

    /// <summary>The channel-neutral <c>OutboundMessage</c> as JSON.</summary>
    public required string Payload { get; set; }

    /// <summary>The inbound channel message this answers, if any (Teams replies to an activity).</summary>
    public string? ReplyToChannelMessageId { get; set; }

    public OutboxStatus Status { get; set; } = OutboxStatus.Pending;

    public DateTime CreatedUtc { get; set; }

    public DateTime NextAttemptUtc { get; set; }

    public DateTime? SentUtc { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>The transcript line this reply shows as, so a channel can give it an id clients know.</summary>
    public long? TranscriptEntryId { get; set; }

    public TranscriptEntry? Transcript { get; set; }
}
