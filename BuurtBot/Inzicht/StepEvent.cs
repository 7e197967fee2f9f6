using BuurtBot.Dialogs.Engine.Prompts;

namespace BuurtBot.Inzicht;

/// <summary>
/// One named step's outcome in one turn (asked, answered, asked again), written in the turn's own save. No
/// text of the resident: which conversation, which wijk as far as known, which step, what happened and when.
/// The Gesprekken-inzicht counts these; it never shows a single conversation.
/// </summary>
public sealed class StepEvent
{
    public long Id { get; set; }

    public Guid ConversationId { get; set; }

    /// <summary>The conversation's wijk at the time of the turn; null before the resident said it.</summary>
    public string? Wijk { get; set; }

    public required string Dialog { get; set; }

    public required string Step { get; set; }

    public StepOutcome Outcome { get; set; }

    public DateTime AtUtc { get; set; }
}
