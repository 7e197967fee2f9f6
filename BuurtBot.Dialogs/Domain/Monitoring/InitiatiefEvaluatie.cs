namespace BuurtBot.Dialogs.Domain.Monitoring;

/// <summary>A resident's evaluation of a finished buurtdeal, for the coordinator and the buurtmonitor.</summary>
public sealed class InitiatiefEvaluatie
{
    public const int MaxTextLength = 2000;

    public const int MinSatisfaction = 1;

    public const int MaxSatisfaction = 5;

    // For EF Core materialisation, and for the factory below.
    private InitiatiefEvaluatie()
    {
        WentWell = CouldBeBetter = ResidentId = string.Empty;
    }

    public long Id { get; private set; }

    public Guid InitiatiefId { get; private set; }

    /// <summary>1 (not satisfied) to 5 (very satisfied).</summary>
    public int Satisfaction { get; private set; }

    public string WentWell { get; private set; }

    public string CouldBeBetter { get; private set; }

    public bool WouldDoAgain { get; private set; }

    public string ResidentId { get; private set; }

    public DateTime AtUtc { get; private set; }

    /// <summary>
    /// The resident's evaluation as given. A score outside 1–5 is brought inside and long texts are
    /// cut to their column: the evaluation is asked once, so it is kept rather than refused.
    /// </summary>
    public static InitiatiefEvaluatie Submit(
        Guid initiatiefId, int satisfaction, string? wentWell, string? couldBeBetter, bool wouldDoAgain, string residentId, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(residentId);
        UtcTime.Require(now, nameof(now));
        return new InitiatiefEvaluatie
        {
            InitiatiefId = initiatiefId,
            Satisfaction = Math.Clamp(satisfaction, MinSatisfaction, MaxSatisfaction),
            WentWell = DomainStrings.Cut(wentWell, MaxTextLength) ?? "",
            CouldBeBetter = DomainStrings.Cut(couldBeBetter, MaxTextLength) ?? "",
            WouldDoAgain = wouldDoAgain,
            ResidentId = residentId,
            AtUtc = now,
        };
    }
}
