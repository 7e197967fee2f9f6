namespace BuurtBot.Storage;

/// <summary>
/// One resident's support for a published initiatief, given through its share link. The key is the
/// pair, so support counts once per resident however often they tap.
/// </summary>
public sealed class InitiatiefSteun
{
    public Guid InitiatiefId { get; set; }

    /// <summary>The supporting resident (their conversation id, as everywhere else).</summary>
    public required string ResidentId { get; set; }

    public DateTime SupportedUtc { get; set; }
}
