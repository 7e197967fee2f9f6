namespace BuurtBot.Storage;

/// <summary>
/// One line of a conversation as people saw it: what the resident, the bot or a coordinator
/// said. The coordinators' chat view and the web chat's activity feed both read it; its
/// increasing id is the Direct Line watermark.
/// </summary>
public sealed class TranscriptEntry
{
    public long Id { get; set; }

    public Guid ConversationId { get; set; }

    public TranscriptAuthor Author { get; set; }

    /// <summary>Display name of a coordinator author; null for resident and bot.</summary>
    public string? AuthorName { get; set; }

    public string Text { get; set; } = "";

    /// <summary>The full neutral message (choices, attachment, input hint) as JSON.</summary>
    public required string Payload { get; set; }

    public DateTime TimestampUtc { get; set; }

    /// <summary>The channel's id of a resident's message, so clients can match their own echo.</summary>
    public string? ChannelMessageId { get; set; }
}
