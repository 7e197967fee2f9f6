
namespace BuurtBot.Dialogs.Domain.Peilingen;

/// <summary>
/// Counts a peiling's answers: per option, in the peiling's order, with whole percentages. Pure.
/// (<see cref="PeilingOptionCount"/> is the conversations' record, so the count goes to the resident as it is.)
/// </summary>
public static class PeilingTally
{
    public static IReadOnlyList<PeilingOptionCount> Count(IReadOnlyList<string> options, IEnumerable<int> answers)
    {
        ArgumentNullException.ThrowIfNull(options);
        var counts = new int[options.Count];
        foreach (var answer in answers)
        {
            if (answer >= 0 && answer < counts.Length)
            {
                counts[answer]++;
            }
        }

        var total = counts.Sum();
        return [.. options.Select((option, i) => new PeilingOptionCount(option, counts[i], Percentage(counts[i], total)))];
    }

    /// <summary>
    /// Draagvlak for a steun peiling (option 0 is "Ja"): enough answers and a large enough share of
    /// yes. Null for other peilingen, which have no yes to count.
    /// </summary>
    public static bool? Draagvlak(PeilingKind kind, IReadOnlyList<PeilingOptionCount> counts, IDraagvlakRule rule)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(rule);
        if (kind != PeilingKind.Steun)
        {
            return null;
        }

        var total = counts.Sum(c => c.Count);
        return total >= rule.DraagvlakMinAnswers && total > 0 && (double)counts[0].Count / total >= rule.DraagvlakThreshold;
    }

    private static int Percentage(int count, int total) =>
        total == 0 ? 0 : (int)Math.Round(100.0 * count / total, MidpointRounding.AwayFromZero);
}
