using BuurtBot.Dialogs.Domain.Wijkjaren;

namespace BuurtBot.Wijkjaar;

/// <summary>The wijkjaar (section <c>Wijkjaar</c>): when each phase runs, as "MM-DD..MM-DD", and when the phase job looks.</summary>
public sealed class WijkjaarOptions
{
    public const string Section = "Wijkjaar";

    public string Wijkanalyse { get; set; } = "01-01..02-29";

    public string Wijkagenda { get; set; } = "03-01..04-30";

    public string Buurtactiviteitenplan { get; set; } = "05-01..06-30";

    public string Monitoring { get; set; } = "10-01..11-30";

    /// <summary>When the phase job looks whether a phase opens (Quartz cron, Europe/Amsterdam; default every day at 10:00).</summary>
    public string PhaseCron { get; set; } = "0 0 10 * * ?";

    /// <summary>The rhythm these settings describe; throws (with what to fix) when they do not make one.</summary>
    public WijkjaarRitme Ritme() => new(
    [
        FasePeriode.Parse(WijkjaarFase.Wijkanalyse, Wijkanalyse),
        FasePeriode.Parse(WijkjaarFase.Wijkagenda, Wijkagenda),
        FasePeriode.Parse(WijkjaarFase.Buurtactiviteitenplan, Buurtactiviteitenplan),
        FasePeriode.Parse(WijkjaarFase.Monitoring, Monitoring),
    ]);
}
