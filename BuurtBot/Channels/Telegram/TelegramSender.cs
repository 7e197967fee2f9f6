using System.Collections.Concurrent;
using System.Globalization;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Turns;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace BuurtBot.Channels.Telegram;

/// <summary>
/// Delivers one stored reply to a Telegram chat: long texts in parts, choices as an inline
/// keyboard under the last part, a file as a document, typing as a chat action.
/// </summary>
internal sealed class TelegramSender(ITelegramBotClient bot, TelegramRateLimiter limiter, IEnumerable<IPollTracker> pollTrackers) : IChannelSender
{
    // Parts of a split reply already out, by outbox id: a retry after part 2 failed starts at part 2,
    // so the resident never gets part 1 twice by our own doing.
    private readonly ConcurrentDictionary<long, int> _partsSent = new();

    public string Channel => TelegramUpdateTranslator.Channel;

    /// <summary>Each message waits for the per-chat pace, so a turn's texts go out joined to its question.</summary>
    public bool CombinesTurnReplies => true;

    public ChannelCapabilities Capabilities { get; } = new()
    {
        MaxChoices = 8,
        MaxTextLength = TelegramTextSplitter.MaxMessageLength,
        SupportsLocation = true,
        SupportsAttachments = true,
    };

    public async Task<SendResult> SendAsync(OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (!long.TryParse(delivery.ChannelConversationId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId))
        {
            return SendResult.Refused("The conversation id is not a Telegram chat id.");
        }

        var message = delivery.Message;
        if (message.Kind == OutboundKind.Typing)
        {
            return await TryAsync(() => bot.SendChatAction(chatId, ChatAction.Typing, cancellationToken: cancellationToken));
        }

        if (message.Poll is { } poll)
        {
            return await SendPollAsync(delivery, chatId, poll, cancellationToken);
        }

        var texts = TelegramTextSplitter.Split(message.Text);
        if (texts.Count == 0 && message.Attachment is null && message.Choices.Count > 0)
        {
            // Telegram cannot show buttons under nothing.
            texts = ["…"];
        }

        var steps = texts.Count + (message.Attachment is null ? 0 : 1);
        var keyboard = Keyboard(message.Choices, delivery.OutboxId);
        for (var step = _partsSent.GetValueOrDefault(delivery.OutboxId); step < steps; step++)
        {
            if (!await limiter.WaitAsync(chatId, cancellationToken))
            {
                return SendResult.RetryLater(TimeSpan.FromSeconds(1), "Local rate limit queue is full");
            }

            var markup = step == steps - 1 ? keyboard : null;
            var result = step < texts.Count
                ? await TryAsync(() => bot.SendMessage(chatId, texts[step], replyMarkup: markup, cancellationToken: cancellationToken))
                : await TryAsync(() => SendDocumentAsync(chatId, message.Attachment!, markup, cancellationToken));
            if (result.Outcome == SendOutcome.Retry)
            {
                _partsSent[delivery.OutboxId] = step;
                return result;
            }

            if (result.Outcome != SendOutcome.Sent)
            {
                // Given up on: the outbox never offers this reply again.
                _partsSent.TryRemove(delivery.OutboxId, out _);
                return result;
            }
        }

        _partsSent.TryRemove(delivery.OutboxId, out _);
        return SendResult.Sent;
    }

    /// <summary>
    /// A peiling as Telegram's own poll: not anonymous, so each vote comes back as a poll_answer
    /// naming the voter; the poll's id is handed to the trackers to find the peiling again.
    /// </summary>
    private async Task<SendResult> SendPollAsync(OutboxDelivery delivery, long chatId, OutboundPoll poll, CancellationToken cancellationToken)
    {
        if (!await limiter.WaitAsync(chatId, cancellationToken))
        {
            return SendResult.RetryLater(TimeSpan.FromSeconds(1), "Local rate limit queue is full");
        }

        Message? sent = null;
        var result = await TryAsync(async () => sent = await bot.SendPoll(
            chatId, poll.Question, poll.Options.Select(option => new InputPollOption(option)), isAnonymous: false, cancellationToken: cancellationToken));
        if (result.Outcome == SendOutcome.Sent && sent?.Poll is { } sentPoll)
        {
            foreach (var tracker in pollTrackers)
            {
                await tracker.PollSentAsync(delivery.ConversationId, poll.Key, sentPoll.Id, cancellationToken);
            }
        }

        return result;
    }

    private async Task SendDocumentAsync(long chatId, OutboundAttachment file, InlineKeyboardMarkup? markup, CancellationToken cancellationToken)
    {
        await using var content = new MemoryStream(file.Content, writable: false);
        await bot.SendDocument(chatId, InputFile.FromStream(content, file.Name), replyMarkup: markup, cancellationToken: cancellationToken);
    }

    /// <summary>One button per row: the menu's titles are sentences, too long to sit side by side on a phone.</summary>
    private static InlineKeyboardMarkup? Keyboard(IReadOnlyList<ReplyChoice> choices, long outboxId) =>
        choices.Count == 0
            ? null
            : new InlineKeyboardMarkup(choices.Select((choice, index) =>
                new[] { InlineKeyboardButton.WithCallbackData(choice.Title, TelegramCallbackData.Encode(choice.Value, outboxId, index)) }));

    private static async Task<SendResult> TryAsync(Func<Task> call)
    {
        try
        {
            await call();
            return SendResult.Sent;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return TelegramSendErrors.ToResult(ex);
        }
    }
}
