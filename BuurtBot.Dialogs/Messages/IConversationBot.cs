namespace BuurtBot.Dialogs.Messages;

/// <summary>
/// The seam between host and conversation: given the saved state and one turn, the bot
/// puts its replies on the turn and returns the state to save. Pure: no I/O of its own.
/// </summary>
public interface IConversationBot
{
    Task<string?> OnTurnAsync(TurnContext turn, string? savedState, CancellationToken cancellationToken);
}
