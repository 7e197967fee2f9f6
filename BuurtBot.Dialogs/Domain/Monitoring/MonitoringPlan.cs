namespace BuurtBot.Dialogs.Domain.Monitoring;

/// <summary>
/// The monitoring schedule of one buurtdeal in uitvoering: when the first check-in is, how often
/// (per deal, or the default), when the evaluation is due, and whether the residents stopped
/// answering (<see cref="NoResponseSinceUtc"/>: the "geen reactie" the admin page shows). The host
/// plans the dates; the plan keeps them, notes when they changed, and remembers silence.
/// </summary>
public sealed class MonitoringPlan
{
    private MonitoringPlan(Guid initiatiefId, string wijkName)
    {
        InitiatiefId = initiatiefId;
        WijkName = wijkName;
    }

    // For EF Core materialisation.
    private MonitoringPlan()
    {
        WijkName = string.Empty;
    }

    public Guid InitiatiefId { get; private set; }

    public Guid DealId { get; private set; }

    public string WijkName { get; private set; }

    /// <summary>When the initiatief went into uitvoering; the cadence counts from here.</summary>
    public DateTime UitvoeringSinceUtc { get; private set; }

    /// <summary>This deal's own cadence in days; null means the host's default (<c>SchedulingOptions.CheckInEvery</c>).</summary>
    public int? CadenceDays { get; private set; }

    public DateTime FirstCheckInUtc { get; private set; }

    public DateTime EvaluatieDueUtc { get; private set; }

    /// <summary>What the Quartz triggers were last built from; a different value means rebuild them.</summary>
    public string? AppliedSignature { get; private set; }

    /// <summary>Set when a check-in got no answer after the reminder; cleared by the next answer.</summary>
    public DateTime? NoResponseSinceUtc { get; private set; }

    public DateTime UpdatedUtc { get; private set; }

    /// <summary>The first plan of a deal that went into uitvoering.</summary>
    public static MonitoringPlan Start(Guid initiatiefId, Guid dealId, string wijkName, MonitoringSchedule schedule, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(wijkName);
        var plan = new MonitoringPlan(initiatiefId, wijkName);
        plan.Reschedule(dealId, wijkName, schedule, now);
        return plan;
    }

    /// <summary>The time between two check-ins: the deal's own, or <paramref name="defaultEvery"/>.</summary>
    public TimeSpan CadenceOr(TimeSpan defaultEvery) => CadenceDays is { } days ? TimeSpan.FromDays(days) : defaultEvery;

    /// <summary>
    /// Brings the plan in line with its deal (planned again on every run). <see cref="UpdatedUtc"/>
    /// moves only when something changed, so an unchanged plan is not written.
    /// </summary>
    /// <returns>Whether anything changed.</returns>
    public bool Reschedule(Guid dealId, string wijkName, MonitoringSchedule schedule, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(wijkName);
        ArgumentNullException.ThrowIfNull(schedule);
        UtcTime.Require(now, nameof(now));

        var changed = DealId != dealId || WijkName != wijkName || UitvoeringSinceUtc != schedule.UitvoeringSinceUtc
            || FirstCheckInUtc != schedule.FirstCheckInUtc || EvaluatieDueUtc != schedule.EvaluatieDueUtc;
        DealId = dealId;
        WijkName = wijkName;
        UitvoeringSinceUtc = schedule.UitvoeringSinceUtc;
        FirstCheckInUtc = schedule.FirstCheckInUtc;
        EvaluatieDueUtc = schedule.EvaluatieDueUtc;
        if (changed)
        {
            UpdatedUtc = now;
        }

        return changed;
    }

    /// <summary>What the plan's triggers are built from; when it changes, they are built again.</summary>
    public string TriggerSignature(TimeSpan every) =>
        FormattableString.Invariant($"{FirstCheckInUtc:O}|{every.TotalSeconds}|{EvaluatieDueUtc:O}");

    /// <summary>Whether the triggers were built from this plan as it is now.</summary>
    public bool HasTriggersFor(string signature) => AppliedSignature == signature;

    public void TriggersApplied(string signature)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(signature);
        AppliedSignature = signature;
    }

    /// <summary>A check-in got no answer, even after the reminder: silence since then, unless silence was already noted.</summary>
    public void NoResponseSince(DateTime sentUtc) => NoResponseSinceUtc ??= sentUtc;

    /// <summary>The residents answered: no longer "geen reactie".</summary>
    public void Responded() => NoResponseSinceUtc = null;
}
