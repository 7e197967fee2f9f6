using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace BuurtBot.Channels.Telegram;

/// <summary>
/// Tells Telegram at start where to post updates and which secret to send along. Retried in
/// the background, so a Bot API hiccup at deploy time does not keep the whole bot down.
/// </summary>
internal sealed partial class TelegramWebhookRegistration(
    ITelegramBotClient bot,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramWebhookRegistration> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await bot.SetWebhook(options.Value.WebhookUrl!, allowedUpdates: TelegramExtensions.AllowedUpdates,
                    secretToken: options.Value.WebhookSecret, cancellationToken: stoppingToken);
                LogRegistered();
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                var wait = TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, Math.Min(attempt, 6))));
                LogFailed(ex.GetType().Name, wait);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram webhook registered")]
    private partial void LogRegistered();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Registering the Telegram webhook failed ({Error}); trying again in {Wait}")]
    private partial void LogFailed(string error, TimeSpan wait);
}
