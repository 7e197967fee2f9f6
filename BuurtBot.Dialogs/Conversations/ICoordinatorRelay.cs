namespace BuurtBot.Dialogs.Conversations;

/// <summary>
/// What the resident asks of a coordinator within a turn: a change to a proposed deal. (A person to
/// talk to is asked for after the turn: <see cref="HandOffToCoordinator"/>.)
/// </summary>
public interface ICoordinatorRelay
{
    /// <summary>The resident's wish for the proposed deal, for the coordinator to read with the initiatief.</summary>
    Task PassDealChangeRequestAsync(Guid initiatiefId, string residentId, string request, CancellationToken cancellationToken);
}
