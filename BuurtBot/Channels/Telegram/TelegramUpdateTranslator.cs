using BuurtBot.Dialogs.Messages;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace BuurtBot.Channels.Telegram;

/// <summary>
/// Reads a Telegram update into what it means for BuurtBot; pure, so every case is a table test.
/// Null means "acknowledge and ignore": update types and message kinds the bot does not understand,
/// and updates missing what every real one has (a message without its chat, a tap without its sender):
/// Telegram sends a failed update again for a day, so a malformed one is answered 200 and dropped.
/// </summary>
internal static class TelegramUpdateTranslator
{
    public const string Channel = "telegram";

    public static TelegramInbound? Translate(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return update switch
        {
            { Message: { Chat: not null } message } => FromMessage(message),
            { CallbackQuery: { From: not null, Id: not null } tap } => FromTap(tap),
            { MyChatMember: { Chat: not null, NewChatMember: not null } member } => FromMembership(member),
            { PollAnswer: { PollId: not null, OptionIds: not null } vote } => FromVote(vote),
            _ => null,
        };
    }

    /// <summary>The inbox key: unique per bot and update, so a redelivered update is stored once.</summary>
    public static string ChannelMessageId(string botId, int updateId) => $"{botId}:{updateId}";

    private static TelegramTurn? FromMessage(Message message)
    {
        var locale = LocaleOf(message.From);
        if (message.Text is { } text && StartPayload(text) is var (isStart, payload) && isStart)
        {
            return new TelegramTurn(message.Chat.Id, new InboundMessage
            {
                Kind = InboundKind.ConversationStarted,
                StartPayload = payload,
                Locale = locale,
            }, locale);
        }

        var attachments = new List<InboundAttachment>();
        if (message.Photo?.Where(p => p is { FileId: not null }).MaxBy(p => (long)p.Width * p.Height) is { } largest)
        {
            // Telegram sends every size it made; the resident meant the largest.
            attachments.Add(new InboundAttachment("image/jpeg", largest.FileId));
        }

        if (message.Document is { FileId: not null } document)
        {
            attachments.Add(new InboundAttachment(document.MimeType ?? "application/octet-stream", document.FileId, document.FileName));
        }

        var location = message.Location is { } l ? new GeoLocation(l.Latitude, l.Longitude) : null;
        var body = message.Text ?? message.Caption;
        if (string.IsNullOrWhiteSpace(body) && location is null && attachments.Count == 0)
        {
            // Stickers, voice notes, service messages: nothing the dialogs can use.
            return null;
        }

        return new TelegramTurn(message.Chat.Id, new InboundMessage
        {
            Text = string.IsNullOrWhiteSpace(body) ? null : body.Trim(),
            Location = location,
            Attachments = attachments,
            Locale = locale,
        }, locale);
    }

    private static TelegramButtonTap FromTap(CallbackQuery tap) =>
        // In a private chat the chat id is the user id, also when the message is too old to be included.
        new(tap.Message?.Chat.Id ?? tap.From.Id, tap.Id, tap.Message?.Id, tap.Data, LocaleOf(tap.From))
        {
            // The tapped button's own text, from the keyboard the update carries: the transcript shows it, not the value.
            Title = tap.Message?.ReplyMarkup?.InlineKeyboard.SelectMany(row => row)
                .FirstOrDefault(button => button.CallbackData is not null && button.CallbackData == tap.Data)?.Text,
        };

    /// <summary>
    /// A vote in one of our non-anonymous polls names the voter, not the chat; in a private chat they
    /// are the same id. No options: the resident took their vote back. Anonymous votes (a chat voting) are ignored.
    /// </summary>
    private static TelegramTurn? FromVote(PollAnswer vote) =>
        vote.User is { } user
            ? new TelegramTurn(user.Id, new InboundMessage { PollVote = new PollVote(vote.PollId, vote.OptionIds), Locale = LocaleOf(user) }, LocaleOf(user))
            : null;

    private static TelegramBlockChange? FromMembership(ChatMemberUpdated change) => change.NewChatMember.Status switch
    {
        ChatMemberStatus.Kicked => new TelegramBlockChange(change.Chat.Id, Blocked: true),
        ChatMemberStatus.Member => new TelegramBlockChange(change.Chat.Id, Blocked: false),
        _ => null,
    };

    /// <summary><c>/start</c>, <c>/start payload</c> and <c>/start@BuurtBot payload</c> (deep links put the payload there).</summary>
    internal static (bool IsStart, string? Payload) StartPayload(string text)
    {
        var trimmed = text.Trim();
        var command = trimmed.Split([' ', '\n'], 2);
        var name = command[0].Split('@')[0];
        if (!string.Equals(name, "/start", StringComparison.OrdinalIgnoreCase))
        {
            return (false, null);
        }

        var payload = command.Length > 1 ? command[1].Trim() : null;
        return (true, string.IsNullOrEmpty(payload) ? null : payload);
    }

    private static string? LocaleOf(User? user) => user?.LanguageCode is { Length: > 0 and <= 16 } code ? code : null;
}
