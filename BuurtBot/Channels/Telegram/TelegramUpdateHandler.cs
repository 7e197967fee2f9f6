using System.Globalization;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Photos;
using BuurtBot.Turns;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace BuurtBot.Channels.Telegram;

/// <summary>
/// What happens to one update, whether it came by webhook or by polling: it is stored in the
/// inbox (or its block status recorded) before the caller acknowledges it to Telegram.
/// </summary>
internal sealed partial class TelegramUpdateHandler(
    Inbox inbox,
    TelegramChoiceResolver choices,
    TelegramReachability reachability,
    TelegramPhotoDownloader downloader,
    ITelegramBotClient bot,
    IOptions<TelegramOptions> options,
    ILogger<TelegramUpdateHandler> logger)
{
    private static readonly TimeSpan CourtesyCallTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Handles one update. With <paramref name="answerInWebhookResponse"/> the tap's
    /// answerCallbackQuery is returned instead of called: Telegram runs a method given in the
    /// webhook's response itself ("Making requests when getting updates"), one HTTP call fewer per tap.
    /// </summary>
    public async Task<WebhookMethod?> HandleAsync(Update update, bool answerInWebhookResponse, CancellationToken cancellationToken)
    {
        switch (TelegramUpdateTranslator.Translate(update))
        {
            case TelegramTurn turn:
                var (message, photos) = await downloader.FetchAsync(turn.Message, cancellationToken);
                await StoreAsync(update.Id, turn.ChatId, message, turn.Locale, photos, cancellationToken);
                break;
            case TelegramButtonTap tap:
                return await HandleTapAsync(update.Id, tap, answerInWebhookResponse, cancellationToken);
            case TelegramBlockChange change:
                await reachability.SetBlockedAsync(change.ChatId, change.Blocked, cancellationToken);
                break;
            default:
                LogIgnored(update.Id, update.Type);
                break;
        }

        return null;
    }

    private async Task<WebhookMethod?> HandleTapAsync(int updateId, TelegramButtonTap tap, bool answerInWebhookResponse, CancellationToken cancellationToken)
    {
        var value = await choices.ResolveAsync(tap.Data, tap.ChatId, cancellationToken);
        if (value is not null)
        {
            await StoreAsync(updateId, tap.ChatId, new InboundMessage { Text = tap.Title is { Length: > 0 } title ? title : value, Value = value, Locale = tap.Locale }, tap.Locale, [], cancellationToken);
        }
        else
        {
            LogUnknownButton(updateId);
        }

        // Stored first; now take the keyboard away so the same choice cannot be made twice, and stop
        // the spinner on the resident's button. Both are courtesies: a failure loses nothing.
        if (tap.MessageId is { } messageId)
        {
            await CourtesyAsync(ct => bot.EditMessageReplyMarkup(tap.ChatId, messageId, replyMarkup: null, cancellationToken: ct),
                "editMessageReplyMarkup", cancellationToken);
        }

        if (answerInWebhookResponse)
        {
            return WebhookMethod.AnswerCallbackQuery(tap.CallbackQueryId);
        }

        await CourtesyAsync(ct => bot.AnswerCallbackQuery(tap.CallbackQueryId, cancellationToken: ct), "answerCallbackQuery", cancellationToken);
        return null;
    }

    private Task<InboxResult> StoreAsync(int updateId, long chatId, InboundMessage message, string? locale, IReadOnlyList<ReceivedPhoto> photos, CancellationToken cancellationToken) =>
        inbox.StoreAsync(
            new InboundEnvelope(
                TelegramUpdateTranslator.Channel,
                chatId.ToString(CultureInfo.InvariantCulture),
                TelegramUpdateTranslator.ChannelMessageId(options.Value.BotId, updateId),
                message)
            {
                Locale = locale,
                Photos = photos,
            },
            cancellationToken);

    private async Task CourtesyAsync(Func<CancellationToken, Task> call, string method, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CourtesyCallTimeout);
        try
        {
            await call(timeout.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogCourtesyFailed(method, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Telegram update {UpdateId} of type {Type} ignored")]
    private partial void LogIgnored(int updateId, global::Telegram.Bot.Types.Enums.UpdateType type);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram update {UpdateId}: a button whose data we cannot resolve; ignored")]
    private partial void LogUnknownButton(int updateId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram {Method} failed ({Error}); the resident's tap is stored all the same")]
    private partial void LogCourtesyFailed(string method, string error);
}
