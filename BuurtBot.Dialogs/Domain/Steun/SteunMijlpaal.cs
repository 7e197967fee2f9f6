namespace BuurtBot.Dialogs.Domain.Steun;

/// <summary>
/// A support milestone (5, 10, 25 supporters) an initiatief reached. The key is the pair, so of
/// two turns that cross a milestone at the same moment only one can record it — and only the one
/// that records it tells the initiatiefnemer, in the same transaction. Reached once: the store's
/// key refuses the second, the type refuses one not reached.
/// </summary>
public sealed class SteunMijlpaal
{
    /// <summary>In ascending order: a milestone not reached means the higher ones are not either.</summary>
    public static readonly IReadOnlyList<int> Milestones = [5, 10, 25];

    private SteunMijlpaal(Guid initiatiefId, int supporters, DateTime reachedUtc)
    {
        InitiatiefId = initiatiefId;
        Supporters = supporters;
        ReachedUtc = reachedUtc;
    }

    // For EF Core materialisation.
    private SteunMijlpaal()
    {
    }

    public Guid InitiatiefId { get; private set; }

    /// <summary>The milestone: 5, 10 or 25.</summary>
    public int Supporters { get; private set; }

    public DateTime ReachedUtc { get; private set; }

    public static bool IsReached(int milestone, int supporters) => supporters >= milestone;

    /// <summary>
    /// Records that the initiatief has <paramref name="supporters"/> supporters, enough for
    /// <paramref name="milestone"/>; refused when it has fewer, or when that is not a milestone.
    /// </summary>
    public static SteunMijlpaal Reach(Guid initiatiefId, int milestone, int supporters, DateTime now)
    {
        UtcTime.Require(now, nameof(now));
        if (!Milestones.Contains(milestone))
        {
            throw new ArgumentOutOfRangeException(nameof(milestone), milestone, $"The milestones are {string.Join(", ", Milestones)}.");
        }

        if (!IsReached(milestone, supporters))
        {
            throw new SteunMijlpaalNotReachedException(initiatiefId, milestone, supporters);
        }

        return new SteunMijlpaal(initiatiefId, milestone, now);
    }
}
