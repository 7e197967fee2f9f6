using System.Globalization;

namespace BuurtBot.Inzicht;

/// <summary>
/// How residents answered the monitoring in a period: check-in rounds sent and answered (with the time to the
/// first answer), what the answers said, and the evaluations' scores. Counts only; every share, median and
/// average is left out below <see cref="SmallCount.Threshold"/>, because one evaluation is one resident's score.
/// </summary>
public sealed record MonitoringInzicht(
    int CheckInsSent,
    int CheckInsAnswered,
    TimeSpan? MedianTimeToAnswer,
    int LooptGoed,
    int LooptAchter,
    int HulpNodig,
    int Evaluaties,
    double? AverageSatisfaction,
    int WouldDoAgain)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>Answered rounds as a share of those sent, in whole per cent; "&lt; 5" or "–" when it would say too much or nothing.</summary>
    public string ResponsePercent => Percent(CheckInsAnswered, CheckInsSent);

    /// <summary>The median from the check-in to its first answer, over the answered rounds.</summary>
    public string MedianTimeText => SmallCount.IsSmall(CheckInsAnswered) ? SmallCount.Suppressed
        : MedianTimeToAnswer is { } median
            ? InzichtDisplay.Duration(median)
            : "–";

    /// <summary>The evaluations' mean satisfaction (1–5) with one decimal, only from five or more evaluations.</summary>
    public string AverageText => SmallCount.IsSmall(Evaluaties) ? SmallCount.Suppressed
        : AverageSatisfaction is { } average ? average.ToString("0.0", Dutch) : "–";

    /// <summary>The same average for the CSV, with a decimal point.</summary>
    public string AverageCsv => SmallCount.IsSmall(Evaluaties) ? SmallCount.Suppressed
        : AverageSatisfaction is { } average ? average.ToString("0.0", CultureInfo.InvariantCulture) : "";

    public string WouldDoAgainPercent => Percent(WouldDoAgain, Evaluaties);

    private static string Percent(int part, int whole) =>
        whole == 0 ? "–" : SmallCount.IsSmall(whole) ? SmallCount.Suppressed
            : Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%";
}
