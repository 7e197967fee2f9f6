namespace BuurtBot.Scheduling.CheckIns;

/// <summary>
/// One check-in sent to a resident, keyed by the deterministic inbox id it was sent with, so the
/// reminder and escalation chain knows what was asked, when, and whether it was answered.
/// </summary>
public sealed class CheckInRound
{
    public long Id { get; set; }

    /// <summary>The inbox id of the check-in: <c>checkin:&lt;dealId&gt;:&lt;due date&gt;</c>.</summary>
    public required string Key { get; set; }

    public Guid InitiatiefId { get; set; }

    public Guid DealId { get; set; }

    public Guid ConversationId { get; set; }

    public DateTime SentUtc { get; set; }

    public DateTime? AnsweredUtc { get; set; }

    public DateTime? ReminderSentUtc { get; set; }

    /// <summary>When the coordinator was told nobody answered.</summary>
    public DateTime? EscalatedUtc { get; set; }
}
