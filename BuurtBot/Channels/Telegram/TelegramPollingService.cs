using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace BuurtBot.Channels.Telegram;

/// <summary>
/// Long polling, written out instead of Telegram.Bot's receiver because that one confirms an
/// update (moves the offset) before the handler has run. Here each update is stored first and
/// only then is the offset moved past it, so a crash can never drop an update.
/// </summary>
internal sealed partial class TelegramPollingService(
    ITelegramBotClient bot,
    IServiceScopeFactory scopes,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    private const int BatchSize = 100;
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // No offset at start: Telegram hands out what it has not had confirmed, and the inbox drops what we already stored.
        int? offset = null;
        var failures = 0;
        var webhookCleared = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!webhookCleared)
                {
                    // getUpdates refuses to work while a webhook is set (say, from an earlier deployment).
                    await bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken: stoppingToken);
                    webhookCleared = true;
                }

                var updates = await bot.GetUpdates(offset, BatchSize, options.Value.PollingTimeoutSeconds,
                    TelegramExtensions.AllowedUpdates, stoppingToken);
                foreach (var update in updates)
                {
                    await HandleAsync(update, stoppingToken);
                    offset = update.Id + 1;
                }

                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failures++;
                var wait = ex is ApiRequestException { ErrorCode: 429, Parameters.RetryAfter: int seconds }
                    ? TimeSpan.FromSeconds(seconds)
                    : TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(failures, 10)) * 0.25));
                LogPollFailed(ex.GetType().Name, (ex as ApiRequestException)?.ErrorCode, wait);
                try
                {
                    await Task.Delay(wait, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TelegramUpdateHandler>().HandleAsync(update, answerInWebhookResponse: false, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram polling failed ({Error}, code {Code}); the same updates are asked again in {Wait}")]
    private partial void LogPollFailed(string error, int? code, TimeSpan wait);
}
