namespace BuurtBot.Turns;

/// <summary>
/// Tells the coordinators about a message whose turn failed for good (the coordinators' task list).
/// Adds to the turn processor's unit of work, which saves it together with the apology.
/// </summary>
public interface IFailedTurnReport
{
    Task AddAsync(Guid conversationId, long inboxItemId, string error, CancellationToken cancellationToken);
}
