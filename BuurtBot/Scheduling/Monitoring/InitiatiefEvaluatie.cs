namespace BuurtBot.Scheduling.Monitoring;

/// <summary>A resident's evaluation of a finished buurtdeal, for the coordinator and the buurtmonitor.</summary>
public sealed class InitiatiefEvaluatie
{
    public const int MaxTextLength = 2000;

    public long Id { get; set; }

    public Guid InitiatiefId { get; set; }

    /// <summary>1 (not satisfied) to 5 (very satisfied).</summary>
    public int Satisfaction { get; set; }

    public required string WentWell { get; set; }

    public required string CouldBeBetter { get; set; }

    public bool WouldDoAgain { get; set; }

    public required string ResidentId { get; set; }

    public DateTime AtUtc { get; set; }
}
