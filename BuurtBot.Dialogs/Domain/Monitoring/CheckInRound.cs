namespace BuurtBot.Dialogs.Domain.Monitoring;

/// <summary>
/// One check-in sent to a resident, keyed by the deterministic inbox id it was sent with, so the
/// reminder and escalation chain knows what was asked, when, and whether it was answered. The
/// chain: sent → answered, or sent → reminded → answered or escalated (the coordinator is told);
/// a round whose deal moved on is closed without either. Each step is a method that refuses one
/// out of order.
/// </summary>
public sealed class CheckInRound
{
    private CheckInRound(string key, Guid initiatiefId, Guid dealId, Guid conversationId, DateTime sentUtc)
    {
        Key = key;
        InitiatiefId = initiatiefId;
        DealId = dealId;
        ConversationId = conversationId;
        SentUtc = sentUtc;
    }

    // For EF Core materialisation.
    private CheckInRound()
    {
        Key = string.Empty;
    }

    public long Id { get; private set; }

    /// <summary>The inbox id of the check-in: <c>checkin:&lt;dealId&gt;:&lt;due date&gt;</c>.</summary>
    public string Key { get; private set; }

    public Guid InitiatiefId { get; private set; }

    public Guid DealId { get; private set; }

    public Guid ConversationId { get; private set; }

    public DateTime SentUtc { get; private set; }

    public DateTime? AnsweredUtc { get; private set; }

    public DateTime? ReminderSentUtc { get; private set; }

    /// <summary>When the coordinator was told nobody answered (or, for a deal that moved on, when the round was closed).</summary>
    public DateTime? EscalatedUtc { get; private set; }

    /// <summary>The check-in went to the resident's chat.</summary>
    public static CheckInRound Send(string key, Guid initiatiefId, Guid dealId, Guid conversationId, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        UtcTime.Require(now, nameof(now));
        return new CheckInRound(key, initiatiefId, dealId, conversationId, now);
    }

    /// <summary>
    /// The resident answered. A round asks about each open afspraak, so it gets several answers:
    /// the first one is when it was answered. Late answers still count, even after an escalation.
    /// </summary>
    public void Answer(DateTime now)
    {
        UtcTime.Require(now, nameof(now));
        AnsweredUtc ??= now;
    }

    /// <summary>Nobody answered yet: the resident gets one reminder.</summary>
    public void Remind(DateTime now)
    {
        UtcTime.Require(now, nameof(now));
        Require(AnsweredUtc is null, "remind", "it was answered");
        Require(ReminderSentUtc is null, "remind", "the reminder was sent already");
        ReminderSentUtc = now;
    }

    /// <summary>
    /// The deal is no longer in uitvoering when the reminder is due: nothing to remind about and
    /// nothing to escalate, so the round is closed (both moments set, and no step follows).
    /// </summary>
    public void CloseUnanswered(DateTime now)
    {
        Remind(now);
        EscalatedUtc = ReminderSentUtc;
    }

    /// <summary>Still no answer after the reminder: the coordinator is told.</summary>
    public void Escalate(DateTime now)
    {
        UtcTime.Require(now, nameof(now));
        Require(AnsweredUtc is null, "escalate", "it was answered");
        Require(ReminderSentUtc is not null, "escalate", "no reminder was sent yet");
        Require(EscalatedUtc is null, "escalate", "it was escalated already");
        EscalatedUtc = now;
    }

    private void Require(bool allowed, string step, string because)
    {
        if (!allowed)
        {
            throw new CheckInRoundOutOfOrderException(Key, step, because);
        }
    }
}
