namespace BuurtBot.Scheduling.CheckIns;

/// <summary>
/// The monitoring schedule of one buurtdeal in uitvoering: when the first check-in is, how often
/// (per deal, or the default), when the evaluation is due, and whether the residents stopped
/// answering (<see cref="NoResponseSinceUtc"/>: the "geen reactie" the admin page shows).
/// </summary>
public sealed class MonitoringPlan
{
    public Guid InitiatiefId { get; set; }

    public Guid DealId { get; set; }

    public required string WijkName { get; set; }

    /// <summary>When the initiatief went into uitvoering; the cadence counts from here.</summary>
    public DateTime UitvoeringSinceUtc { get; set; }

    /// <summary>This deal's own cadence in days; null means <see cref="SchedulingOptions.CheckInEvery"/>.</summary>
    public int? CadenceDays { get; set; }

    public DateTime FirstCheckInUtc { get; set; }

    public DateTime EvaluatieDueUtc { get; set; }

    /// <summary>What the Quartz triggers were last built from; a different value means rebuild them.</summary>
    public string? AppliedSignature { get; set; }

    /// <summary>Set when a check-in got no answer after the reminder; cleared by the next answer.</summary>
    public DateTime? NoResponseSinceUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
