namespace BuurtBot.Dialogs.Messages;

public enum InboundKind
{
    /// <summary>Text, a tapped button, a location or an attachment.</summary>
    Message,

    /// <summary>The conversation was opened (web chat loaded, bot added in Teams, /start in Telegram).</summary>
    ConversationStarted,
}
