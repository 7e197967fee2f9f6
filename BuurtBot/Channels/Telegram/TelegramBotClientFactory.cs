using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace BuurtBot.Channels.Telegram;

/// <summary>The Bot API client, owned by the container so its HTTP connections close with the app.</summary>
internal sealed class TelegramBotClientFactory(IOptions<TelegramOptions> options) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        // Long polling holds a request open for PollingTimeoutSeconds; leave room above that.
        Timeout = TimeSpan.FromSeconds(options.Value.PollingTimeoutSeconds + 30),
    };

    public ITelegramBotClient Create() =>
        new TelegramBotClient(
            new TelegramBotClientOptions(options.Value.BotToken!, options.Value.ApiBaseUrl)
            {
                // Never sleep inside a call on 429: the outbox schedules the retry and keeps the lane free.
                RetryThreshold = 0,
            },
            _http);

    public void Dispose() => _http.Dispose();
}
