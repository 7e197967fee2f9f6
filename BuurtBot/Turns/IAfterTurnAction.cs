namespace BuurtBot.Turns;

/// <summary>
/// What the host does once a turn is saved: carry out the work the dialogs recorded on the turn
/// (<see cref="SavedTurn.Work"/>: erasing the resident, queueing the chat for a coordinator), or
/// a capability's own follow-up. Each looks at the turn itself to see whether it has work.
/// </summary>
public interface IAfterTurnAction
{
    Task AfterTurnAsync(SavedTurn turn, CancellationToken cancellationToken);
}
