using System.Globalization;

namespace BuurtBot.Inzicht;

/// <summary>
/// The hand-offs of a period: per reason how many residents asked for a person, how many a coordinator took,
/// how many stopped waiting and how many still wait; and how long they waited until a coordinator took the
/// chat, inside and outside office hours. Counts below <see cref="SmallCount.Threshold"/> show "&lt; 5", and so
/// does a median or 90th percentile of fewer than five waits.
/// </summary>
public sealed record HandoffInzicht(IReadOnlyList<HandoffReasonFigures> Reasons, HandoffWaits InsideOfficeHours, HandoffWaits OutsideOfficeHours)
{
    public static string ReasonLabel(string reason) => reason switch
    {
        "asked" => "Bewoner vroeg erom in de chat",
        "menu" => "Bewoner koos het in het menu",
        "direct" => "Coördinator nam het gesprek zelf over",
        _ => reason,
    };
}

/// <summary>One reason's hand-offs. A direct takeover is only ever <see cref="Taken"/>: nobody waited for it.</summary>
public sealed record HandoffReasonFigures(string Reason, int Requested, int Taken, int Cancelled, int Waiting);

/// <summary>The waits from the queue to a coordinator of the chats queued inside (or outside) office hours.</summary>
public sealed record HandoffWaits(int Count, TimeSpan? Median, TimeSpan? Percentile90)
{
    public string MedianText => Text(Median);

    public string Percentile90Text => Text(Percentile90);

    public string MedianMinutes => Minutes(Median);

    public string Percentile90Minutes => Minutes(Percentile90);

    /// <summary>
    /// The waits' median and nearest-rank 90th percentile: the smallest wait that at least 90% of the residents
    /// did not exceed, so it is always a wait that happened.
    /// </summary>
    public static HandoffWaits Of(IReadOnlyCollection<TimeSpan> waits)
    {
        ArgumentNullException.ThrowIfNull(waits);
        if (waits.Count == 0)
        {
            return new HandoffWaits(0, null, null);
        }

        var sorted = waits.Order().ToList();
        var rank = (int)Math.Ceiling(0.9 * sorted.Count);
        return new HandoffWaits(sorted.Count, InzichtFigures.Median(sorted), sorted[rank - 1]);
    }

    private string Text(TimeSpan? wait) => SmallCount.IsSmall(Count) ? SmallCount.Suppressed : wait is { } w ? InzichtDisplay.Duration(w) : "–";

    private string Minutes(TimeSpan? wait) => SmallCount.IsSmall(Count) ? SmallCount.Suppressed
        : wait is { } w ? w.TotalMinutes.ToString("0.#", CultureInfo.InvariantCulture) : "";
}
