namespace BuurtBot.Dialogs.Domain.Wijkjaren;

/// <summary>
/// One wijk's year in the programme's cycle: which phases have opened, and when. The year only moves
/// forward: a phase opens once, and never after a later one (a phase whose period passed while
/// BuurtBot was not running is skipped, not opened late). Where the wijk stands is the last phase opened.
/// </summary>
public sealed class Wijkjaar
{
    private Wijkjaar(Guid id, string wijk, int year)
    {
        Id = id;
        Wijk = wijk;
        Year = year;
    }

    // For EF Core materialisation.
    private Wijkjaar()
    {
        Wijk = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Wijk { get; private set; }

    public int Year { get; private set; }

    public DateTime? WijkanalyseOpenedUtc { get; private set; }

    public DateTime? WijkagendaOpenedUtc { get; private set; }

    public DateTime? BuurtactiviteitenplanOpenedUtc { get; private set; }

    public DateTime? MonitoringOpenedUtc { get; private set; }

    /// <summary>The last phase opened; null before the first.</summary>
    public WijkjaarFase? Huidig => Enum.GetValues<WijkjaarFase>().Reverse().Cast<WijkjaarFase?>().FirstOrDefault(f => OpenedUtc(f!.Value) is not null);

    public static Wijkjaar Begin(string wijk, int year)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(wijk);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        return new Wijkjaar(Guid.NewGuid(), wijk, year);
    }

    public DateTime? OpenedUtc(WijkjaarFase fase) => fase switch
    {
        WijkjaarFase.Wijkanalyse => WijkanalyseOpenedUtc,
        WijkjaarFase.Wijkagenda => WijkagendaOpenedUtc,
        WijkjaarFase.Buurtactiviteitenplan => BuurtactiviteitenplanOpenedUtc,
        WijkjaarFase.Monitoring => MonitoringOpenedUtc,
        _ => throw new ArgumentOutOfRangeException(nameof(fase), fase, "Not a phase of the wijkjaar."),
    };

    /// <summary>Whether <paramref name="fase"/> may open now: not yet open, and no later phase open.</summary>
    public bool MayOpen(WijkjaarFase fase) => Huidig is not { } huidig || fase > huidig;

    public void Open(WijkjaarFase fase, DateTime now)
    {
        UtcTime.Require(now, nameof(now));
        if (!MayOpen(fase))
        {
            throw new WijkjaarFaseException($"{fase} cannot open in {Wijk} {Year}: {Huidig} is open already, and a wijkjaar only moves forward.");
        }

        switch (fase)
        {
            case WijkjaarFase.Wijkanalyse: WijkanalyseOpenedUtc = now; break;
            case WijkjaarFase.Wijkagenda: WijkagendaOpenedUtc = now; break;
            case WijkjaarFase.Buurtactiviteitenplan: BuurtactiviteitenplanOpenedUtc = now; break;
            case WijkjaarFase.Monitoring: MonitoringOpenedUtc = now; break;
            default: throw new ArgumentOutOfRangeException(nameof(fase), fase, "Not a phase of the wijkjaar.");
        }
    }
}
