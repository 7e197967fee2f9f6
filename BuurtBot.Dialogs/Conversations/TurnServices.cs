using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations;

/// <summary>The host's services for this turn, asked for by the conversations.</summary>
internal static class TurnServices
{
    public static T Service<T>(this TurnContext turn)
        where T : class =>
        turn.Services?.GetService(typeof(T)) as T
        ?? throw new InvalidOperationException($"The host did not provide {typeof(T).Name} for this turn; register it in the host's services.");

    /// <summary>A resident is known by their conversation: that is how the bot reaches them again.</summary>
    public static string ResidentId(this TurnContext turn) => turn.Conversation.ConversationId.ToString("D");

    public static DateTime UtcNow(this TurnContext turn) => turn.Time.GetUtcNow().UtcDateTime;
}
