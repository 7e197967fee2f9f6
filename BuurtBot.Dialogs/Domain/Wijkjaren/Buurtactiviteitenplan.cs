namespace BuurtBot.Dialogs.Domain.Wijkjaren;

/// <summary>
/// The wijk's plan for the coming year: per wijkagenda theme the initiatieven and buurtdeals (existing
/// and potential) the wijkteam wants to carry out. The wijkteam composes it; publishing copies what is
/// composed, so the public page shows the plan as published while the wijkteam works on changes.
/// </summary>
public sealed class Buurtactiviteitenplan
{
    private List<PlanRegel> _regels = [];
    private List<PlanRegel> _published = [];

    private Buurtactiviteitenplan(Guid id, string wijk, int year)
    {
        Id = id;
        Wijk = wijk;
        Year = year;
        EditedBy = string.Empty;
    }

    // For EF Core materialisation.
    private Buurtactiviteitenplan()
    {
        Wijk = EditedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Wijk { get; private set; }

    /// <summary>The year the plan is for.</summary>
    public int Year { get; private set; }

    /// <summary>As the wijkteam composes it now.</summary>
    public IReadOnlyList<PlanRegel> Regels
    {
        get => _regels;
        private set => _regels = [.. value];
    }

    /// <summary>As it was last published; empty before the first publication.</summary>
    public IReadOnlyList<PlanRegel> PublishedRegels
    {
        get => _published;
        private set => _published = [.. value];
    }

    public string EditedBy { get; private set; }

    public DateTime EditedUtc { get; private set; }

    public DateTime? PublishedUtc { get; private set; }

    /// <summary>True when what is composed differs from what the public sees.</summary>
    public bool HasUnpublishedChanges => PublishedUtc is null || !Regels.SequenceEqual(PublishedRegels);

    public static Buurtactiviteitenplan Begin(string wijk, int year)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(wijk);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        return new Buurtactiviteitenplan(Guid.NewGuid(), wijk, year);
    }

    /// <summary>The plan's lines, each initiatief once (a second line for the same initiatief is dropped).</summary>
    public void Compose(IEnumerable<PlanRegel> regels, string by, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(regels);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        UtcTime.Require(now, nameof(now));
        Regels = regels.DistinctBy(r => r.InitiatiefId).ToList();
        EditedBy = by;
        EditedUtc = now;
    }

    public void Publish(DateTime now)
    {
        UtcTime.Require(now, nameof(now));
        if (Regels.Count == 0)
        {
            throw new BuurtactiviteitenplanException($"The buurtactiviteitenplan of {Wijk} {Year} has no initiatieven: compose it before publishing.");
        }

        PublishedRegels = Regels;
        PublishedUtc = now;
    }
}
