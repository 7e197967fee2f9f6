using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace BuurtBot.Channels.WebChat;

/// <summary>
/// At most N messages a minute per conversation, counted only for callers who proved they
/// own the conversation, so nobody can use up another resident's allowance.
/// </summary>
public sealed class WebChatRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public WebChatRateLimiter(IOptions<WebChatOptions> options)
    {
        var perMinute = options.Value.MessagesPerMinute;
        _limiter = PartitionedRateLimiter.Create<string, string>(conversationId =>
            RateLimitPartition.GetSlidingWindowLimiter(conversationId, _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = perMinute,
                Window = TimeSpan.FromMinutes(1),
                SegmentsPerWindow = 6,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    public bool TryAcquire(string conversationId, out TimeSpan retryAfter)
    {
        using var lease = _limiter.AttemptAcquire(conversationId);
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(10);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
