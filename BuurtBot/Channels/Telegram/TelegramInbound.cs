using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Channels.Telegram;

/// <summary>What an update means to BuurtBot, before anything is stored. Chat ids are Telegram's.</summary>
internal abstract record TelegramInbound(long ChatId);

/// <summary>Text, a location, a photo or <c>/start</c>: a turn for the dialogs.</summary>
internal sealed record TelegramTurn(long ChatId, InboundMessage Message, string? Locale) : TelegramInbound(ChatId);

/// <summary>A tapped inline button; its data still has to be turned back into the choice's value.</summary>
internal sealed record TelegramButtonTap(long ChatId, string CallbackQueryId, int? MessageId, string? Data, string? Locale)
    : TelegramInbound(ChatId)
{
    /// <summary>The button's text as the resident saw it, when the update still carries the keyboard.</summary>
    public string? Title { get; init; }
}

/// <summary>The resident blocked the bot (or unblocked it again).</summary>
internal sealed record TelegramBlockChange(long ChatId, bool Blocked) : TelegramInbound(ChatId);
