namespace BuurtBot.Dialogs.Messages;

public enum InboundKind
{
    /// <summary>Text, a tapped button, a location or an attachment.</summary>
    Message,

    /// <summary>The conversation was opened (web chat loaded, bot added in Teams, /start in Telegram).</summary>
    ConversationStarted,

    /// <summary>
    /// Something the host starts on the resident's conversation (a check-in, a proposed deal):
    /// <see cref="InboundMessage.EventName"/> names the dialog to begin, <see cref="InboundMessage.Value"/> is its argument.
    /// It travels through the inbox like a message, so it obeys the same order, handoff and outbox rules.
    /// </summary>
    Event,

    /// <summary>A coordinator handed the chat back to the bot; <see cref="InboundMessage.Value"/> is <see cref="InboundMessage.StartAgainValue"/> to start over at the menu.</summary>
    HandedBack,
}
