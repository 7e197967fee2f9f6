using BuurtBot.Channels.Telegram;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Turns;
using Microsoft.Extensions.Options;

/// <summary>A channel that delivers nowhere but waits its turn in Telegram's own rate limiter, and counts.</summary>
internal sealed class BenchChannel(TelegramOptions limits) : IChannelSender, IDisposable
{
    private readonly TelegramRateLimiter _limiter = new(Options.Create(limits));
    private int _sent;

    public string Channel => "bench";

    public ChannelCapabilities Capabilities => ChannelCapabilities.Default;

    public int Sent => Volatile.Read(ref _sent);

    public async Task<SendResult> SendAsync(OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        if (!await _limiter.WaitAsync(delivery.ConversationId.GetHashCode(), cancellationToken))
        {
            return SendResult.RetryLater(TimeSpan.FromSeconds(1), "bench limiter queue full");
        }

        Interlocked.Increment(ref _sent);
        return SendResult.Sent;
    }

    public void Dispose() => _limiter.Dispose();
}
