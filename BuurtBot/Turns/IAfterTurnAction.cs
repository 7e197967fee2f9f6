namespace BuurtBot.Turns;

/// <summary>
/// Work a turn asked for that may only happen once the turn is saved (erasing the resident,
/// queueing the chat for a coordinator). Scoped to the turn; each says itself whether it has work.
/// </summary>
public interface IAfterTurnAction
{
    Task AfterTurnAsync(SavedTurn turn, CancellationToken cancellationToken);
}
