using System.Threading.RateLimiting;

namespace BuurtBot.Channels.Teams;

/// <summary>
/// Teams' documented per-conversation limits for a bot: 7 messages a second and 60 in 30
/// seconds. Keeping under them avoids 429s instead of collecting them.
/// </summary>
public sealed class TeamsSendLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.CreateChained(
        Window(7, TimeSpan.FromSeconds(1)),
        Window(60, TimeSpan.FromSeconds(30)));

    /// <summary>True when a send may go now; otherwise how long to wait.</summary>
    public bool TryAcquire(string conversationId, out TimeSpan retryAfter)
    {
        using var lease = _limiter.AttemptAcquire(conversationId);
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();

    private static PartitionedRateLimiter<string> Window(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(conversationId =>
            RateLimitPartition.GetSlidingWindowLimiter(conversationId, _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = window,
                SegmentsPerWindow = window.TotalSeconds >= 10 ? 6 : 2,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
}
