using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace BuurtBot.Channels.Telegram;

/// <summary>
/// Keeps us under Telegram's flood limits before it has to tell us: about one message a second
/// per chat and thirty a second in all (both configurable). A send waits its turn here; only a
/// long queue gives up and lets the outbox try again later.
/// </summary>
public sealed class TelegramRateLimiter : IDisposable
{
    private const int QueueLimit = 1000;
    private readonly PartitionedRateLimiter<long> _perChat;
    private readonly RateLimiter _overall;

    public TelegramRateLimiter(IOptions<TelegramOptions> options)
    {
        var perChat = options.Value.MessagesPerSecondPerChat;
        _perChat = PartitionedRateLimiter.Create<long, long>(chatId =>
            RateLimitPartition.GetTokenBucketLimiter(chatId, _ => Bucket(perChat)));
        _overall = new TokenBucketRateLimiter(Bucket(options.Value.MessagesPerSecond));
    }

    /// <summary>Waits until one more message to <paramref name="chatId"/> may go; false when the queue is too long to wait in.</summary>
    public async Task<bool> WaitAsync(long chatId, CancellationToken cancellationToken)
    {
        using var chatLease = await _perChat.AcquireAsync(chatId, 1, cancellationToken);
        if (!chatLease.IsAcquired)
        {
            return false;
        }

        using var overallLease = await _overall.AcquireAsync(1, cancellationToken);
        return overallLease.IsAcquired;
    }

    public void Dispose()
    {
        _perChat.Dispose();
        _overall.Dispose();
    }

    /// <summary>
    /// A bucket that allows a short burst of one second's worth and refills steadily: in steps of at
    /// least 100 ms, because the limiter adds a fixed number of tokens per timer tick, and a timer
    /// asked to tick every millisecond (1000 a second) ticks less often under load, which would
    /// quietly lower the rate, and costs a wake-up every millisecond even when nothing is sent.
    /// </summary>
    private static TokenBucketRateLimiterOptions Bucket(double perSecond)
    {
        var period = TimeSpan.FromSeconds(Math.Max(1 / perSecond, 0.1));
        return new()
        {
            TokenLimit = Math.Max(1, (int)perSecond),
            TokensPerPeriod = Math.Max(1, (int)Math.Round(perSecond * period.TotalSeconds)),
            ReplenishmentPeriod = period,
            QueueLimit = QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        };
    }
}
