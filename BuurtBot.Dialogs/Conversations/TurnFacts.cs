using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations;

/// <summary>What the conversations read off a turn about the resident and the time.</summary>
internal static class TurnFacts
{
    /// <summary>A resident is known by their conversation: that is how the bot reaches them again.</summary>
    public static string ResidentId(this TurnContext turn) => turn.Conversation.ConversationId.ToString("D");

    public static DateTime UtcNow(this TurnContext turn) => turn.Time.GetUtcNow().UtcDateTime;
}
