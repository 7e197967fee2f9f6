namespace BuurtBot.Dialogs.Domain.Wijkagenda;

/// <summary>
/// The wijk's own agenda for a year, as the wijkteam sets it: themes with one doelstelling each,
/// starting from the wijkanalyse and the residents' wijkagenda input. Versioned: a version is a
/// concept until approved, then published; an approved or published version is never changed, the
/// wijkteam makes the next version instead (and the public keeps the last published one meanwhile).
/// </summary>
public sealed class WijkagendaVersion
{
    public const int MaxDoelstellingen = 9;

    private List<Doelstelling> _doelstellingen = [];

    private WijkagendaVersion(Guid id, string wijk, int year, int versie)
    {
        Id = id;
        Wijk = wijk;
        Year = year;
        Versie = versie;
        EditedBy = string.Empty;
    }

    // For EF Core materialisation.
    private WijkagendaVersion()
    {
        Wijk = EditedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Wijk { get; private set; }

    public int Year { get; private set; }

    /// <summary>1 for the year's first version, then one higher for each next one.</summary>
    public int Versie { get; private set; }

    public WijkagendaStatus Status { get; private set; }

    /// <summary>In the order the wijkteam put them (their priority).</summary>
    public IReadOnlyList<Doelstelling> Doelstellingen
    {
        get => _doelstellingen;
        private set => _doelstellingen = [.. value];
    }

    /// <summary>The coordinator's account id that last changed it.</summary>
    public string EditedBy { get; private set; }

    public DateTime EditedUtc { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateTime? ApprovedUtc { get; private set; }

    public DateTime? PublishedUtc { get; private set; }

    public static WijkagendaVersion Draft(string wijk, int year, int versie, IEnumerable<Doelstelling> doelstellingen, string by, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(wijk);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfLessThan(versie, 1);
        var version = new WijkagendaVersion(Guid.NewGuid(), wijk, year, versie);
        version.Revise(doelstellingen, by, now);
        return version;
    }

    /// <summary>Problems with these doelstellingen, in Dutch for the page; none means they may be saved.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyCollection<Doelstelling> doelstellingen)
    {
        ArgumentNullException.ThrowIfNull(doelstellingen);
        var problems = new List<string>();
        if (doelstellingen.Count > MaxDoelstellingen)
        {
            problems.Add($"Een wijkagenda heeft hoogstens {MaxDoelstellingen} thema's.");
        }

        if (doelstellingen.GroupBy(d => d.Thema).Any(g => g.Count() > 1))
        {
            problems.Add("Elk thema staat één keer in de wijkagenda, met één doelstelling.");
        }

        if (doelstellingen.Any(d => string.IsNullOrWhiteSpace(d.Tekst)))
        {
            problems.Add("Schrijf bij elk thema een doelstelling.");
        }

        if (doelstellingen.Any(d => d.Tekst?.Length > Doelstelling.MaxTekstLength))
        {
            problems.Add($"Een doelstelling is hoogstens {Doelstelling.MaxTekstLength} tekens.");
        }

        return problems;
    }

    public void Revise(IEnumerable<Doelstelling> doelstellingen, string by, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(doelstellingen);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        UtcTime.Require(now, nameof(now));
        if (Status != WijkagendaStatus.Concept)
        {
            throw new WijkagendaStatusException($"Version {Versie} of the wijkagenda of {Wijk} {Year} is {Status}: make the next version instead of changing it.");
        }

        var list = doelstellingen.Select(d => d with { Tekst = (d.Tekst ?? "").Trim() }).ToList();
        if (Problems(list) is [var first, ..])
        {
            throw new ArgumentException(first, nameof(doelstellingen));
        }

        Doelstellingen = list;
        EditedBy = by;
        EditedUtc = now;
    }

    public void Approve(string by, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        UtcTime.Require(now, nameof(now));
        if (Status != WijkagendaStatus.Concept)
        {
            throw new WijkagendaStatusException($"Version {Versie} of the wijkagenda of {Wijk} {Year} is {Status} already.");
        }

        if (Doelstellingen.Count == 0)
        {
            throw new WijkagendaStatusException("A wijkagenda without doelstellingen cannot be approved.");
        }

        Status = WijkagendaStatus.Goedgekeurd;
        ApprovedBy = by;
        ApprovedUtc = now;
    }

    public void Publish(DateTime now)
    {
        UtcTime.Require(now, nameof(now));
        if (Status != WijkagendaStatus.Goedgekeurd)
        {
            throw new WijkagendaStatusException($"Only an approved wijkagenda is published; version {Versie} of {Wijk} {Year} is {Status}.");
        }

        Status = WijkagendaStatus.Gepubliceerd;
        PublishedUtc = now;
    }
}
