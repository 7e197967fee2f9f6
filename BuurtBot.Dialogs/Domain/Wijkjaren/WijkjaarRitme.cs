namespace BuurtBot.Dialogs.Domain.Wijkjaren;

/// <summary>
/// The rhythm of every wijk's year: one period per phase, in phase order and not overlapping. The
/// default is the seed's planning (jan–feb, mrt–apr, mei–jun, okt–nov); a municipality sets its own.
/// Between two periods (July–September: uitvoering) the last opened phase stays where the wijk stands.
/// </summary>
public sealed class WijkjaarRitme
{
    public WijkjaarRitme(IEnumerable<FasePeriode> perioden)
    {
        ArgumentNullException.ThrowIfNull(perioden);
        Perioden = [.. perioden.OrderBy(p => p.Fase)];
        if (Perioden.Select(p => p.Fase).Distinct().Count() != Enum.GetValues<WijkjaarFase>().Length || Perioden.Count != Enum.GetValues<WijkjaarFase>().Length)
        {
            throw new ArgumentException("The rhythm needs exactly one period for each phase: Wijkanalyse, Wijkagenda, Buurtactiviteitenplan, Monitoring.", nameof(perioden));
        }

        // A leap year holds every possible day, so the order is checked on it once for every year.
        for (var i = 1; i < Perioden.Count; i++)
        {
            if (Perioden[i].StartIn(2024) <= Perioden[i - 1].EndIn(2024))
            {
                throw new ArgumentException($"{Perioden[i].Fase} ({Perioden[i]}) must start after {Perioden[i - 1].Fase} ({Perioden[i - 1]}) ends: the phases follow each other.", nameof(perioden));
            }
        }
    }

    public static WijkjaarRitme Default { get; } = new(
    [
        new FasePeriode(WijkjaarFase.Wijkanalyse, 1, 1, 2, 29),
        new FasePeriode(WijkjaarFase.Wijkagenda, 3, 1, 4, 30),
        new FasePeriode(WijkjaarFase.Buurtactiviteitenplan, 5, 1, 6, 30),
        new FasePeriode(WijkjaarFase.Monitoring, 10, 1, 11, 30),
    ]);

    /// <summary>In phase order.</summary>
    public IReadOnlyList<FasePeriode> Perioden { get; }

    public FasePeriode Of(WijkjaarFase fase) => Perioden.Single(p => p.Fase == fase);

    /// <summary>The phase whose period holds <paramref name="date"/>; null between periods.</summary>
    public WijkjaarFase? FaseOn(DateOnly date) => Perioden.FirstOrDefault(p => p.Contains(date))?.Fase;

    /// <summary>The last phase that has started by <paramref name="date"/> in its year; null before the first.</summary>
    public WijkjaarFase? StartedBy(DateOnly date) => Perioden.LastOrDefault(p => p.StartIn(date.Year) <= date)?.Fase;
}
