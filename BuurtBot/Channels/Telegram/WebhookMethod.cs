using System.Text.Json.Serialization;

namespace BuurtBot.Channels.Telegram;

/// <summary>
/// A Bot API method carried in the webhook's response body, which Telegram then runs for us
/// (https://core.telegram.org/bots/api#making-requests-when-getting-updates). Its result is never
/// seen, so only courtesies go this way.
/// </summary>
internal sealed record WebhookMethod(
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("callback_query_id")] string CallbackQueryId)
{
    public static WebhookMethod AnswerCallbackQuery(string callbackQueryId) => new("answerCallbackQuery", callbackQueryId);
}
