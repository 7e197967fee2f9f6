namespace BuurtBot.Inzicht;

/// <summary>
/// One step of a dialog over a period: how many residents reached it, how many left there (their last
/// outcome in the dialog was at this step and not an answer), the median time from the question to the
/// understood answer, and how many answers were not understood (asked again).
/// </summary>
public sealed record StepFigures(string Step, int Reached, int Left, TimeSpan? MedianTime, int Answers, int Reasks)
{
    /// <summary>How many residents the median time is taken over (those who answered after the question).</summary>
    public int TimedResidents { get; init; }

    /// <summary>The share of answers at this step that got the question again; null when there were none.</summary>
    public double? ReaskShare => Answers + Reasks == 0 ? null : (double)Reasks / (Answers + Reasks);
}
