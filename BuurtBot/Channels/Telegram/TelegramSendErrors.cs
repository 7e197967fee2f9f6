using BuurtBot.Turns;
using Telegram.Bot.Exceptions;

namespace BuurtBot.Channels.Telegram;

/// <summary>What a failed Bot API call means for the outbox: wait, give up on the resident, or give up on the message.</summary>
internal static class TelegramSendErrors
{
    private static readonly TimeSpan DefaultFloodWait = TimeSpan.FromSeconds(1);

    public static SendResult ToResult(Exception error) => error switch
    {
        // Flood control: Telegram says how long to wait; the outbox schedules the retry (the client itself never sleeps).
        ApiRequestException { ErrorCode: 429 } flood => SendResult.RetryLater(
            flood.Parameters?.RetryAfter is int seconds and > 0 ? TimeSpan.FromSeconds(seconds) : DefaultFloodWait,
            "429 Too Many Requests"),
        // "Forbidden: bot was blocked by the user" (or the account is gone): sending again cannot help.
        ApiRequestException { ErrorCode: 403 } forbidden => SendResult.Blocked($"403 {forbidden.Message}"),
        ApiRequestException { ErrorCode: >= 500 } server => SendResult.RetryLater(null, $"{server.ErrorCode} from the Bot API"),
        ApiRequestException refused => SendResult.Refused($"{refused.ErrorCode} {refused.Message}"),
        // Network trouble, time-outs and answers that were not the Bot API's JSON (a proxy's 502 page).
        RequestException or HttpRequestException or TimeoutException => SendResult.RetryLater(null, error.GetType().Name),
        _ => SendResult.RetryLater(null, error.GetType().Name),
    };
}
