namespace BuurtBot.Admin.Handoff;

/// <summary>
/// One time a chat went to a person: when the resident was put in the queue, and when a coordinator took it or
/// the resident stopped waiting. Written in the same save as the change of owner, so the Gesprekken-inzicht
/// counts hand-offs and waits from facts, not from the transcript. A coordinator who takes a chat straight from
/// the bot made nobody wait: that is a <see cref="HandoffKind.Direct"/> record without a queue time, never a
/// wait of zero that would flatter the median.
/// </summary>
public sealed class HandoffRecord
{
    public long Id { get; set; }

    public Guid ConversationId { get; set; }

    /// <summary>The chat's wijk when it was handed off; null when the resident had not said it yet.</summary>
    public string? Wijk { get; set; }

    /// <summary>Why: <c>asked</c> (the resident typed it), <c>menu</c> (the menu's button) or <c>direct</c>. A code, never the resident's words.</summary>
    public required string Reason { get; set; }

    public HandoffKind Kind { get; set; }

    /// <summary>When the chat went to the queue; null for a direct takeover.</summary>
    public DateTime? QueuedUtc { get; set; }

    public DateTime? TakenUtc { get; set; }

    /// <summary>When the resident stopped waiting, or the chat was handed back to the bot from the queue.</summary>
    public DateTime? CancelledUtc { get; set; }
}
