namespace BuurtBot.Steun;

/// <summary>
/// A support milestone (5, 10, 25 supporters) an initiatief reached. The key is the pair, so of
/// two turns that cross a milestone at the same moment only one can record it — and only the one
/// that records it tells the initiatiefnemer, in the same transaction.
/// </summary>
public sealed class SteunMijlpaal
{
    public static readonly int[] Milestones = [5, 10, 25];

    public Guid InitiatiefId { get; set; }

    public int Supporters { get; set; }

    public DateTime ReachedUtc { get; set; }
}
