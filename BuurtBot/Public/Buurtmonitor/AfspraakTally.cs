namespace BuurtBot.Public.Buurtmonitor;

/// <summary>
/// How one side kept its word: of its afspraken, how many are done and how many did not work out.
/// <see cref="KeptPercent"/> counts only afspraken with an outcome (open or busy ones are not broken
/// promises yet); null while none has one.
/// </summary>
public sealed record AfspraakTally(int Total, int Gedaan, int NietGelukt)
{
    public static readonly AfspraakTally None = new(0, 0, 0);

    public int Settled => Gedaan + NietGelukt;

    public double? KeptPercent => Settled == 0 ? null : Math.Round(100.0 * Gedaan / Settled, 1);

    public static AfspraakTally operator +(AfspraakTally a, AfspraakTally b) =>
        new(a.Total + b.Total, a.Gedaan + b.Gedaan, a.NietGelukt + b.NietGelukt);
}
