namespace BuurtBot.Dialogs.Messages;

public enum InboundKind
{
    /// <summary>Text, a tapped button, a location or an attachment.</summary>
    Message,

    /// <summary>The conversation was opened (web chat loaded, bot added in Teams, /start in Telegram).</summary>
    ConversationStarted,

    /// <summary>
    /// A coordinator handed the chat back to the bot: the dialog should go on where it was
    /// (reprompt its current step), or at the main menu when <see cref="InboundMessage.Value"/> is <c>menu</c>.
    /// </summary>
    HandedBack,
}
