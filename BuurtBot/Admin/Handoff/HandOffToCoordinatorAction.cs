using BuurtBot.Dialogs.Conversations;
using BuurtBot.Turns;

namespace BuurtBot.Admin.Handoff;

/// <summary>
/// Carries out <see cref="HandOffToCoordinator"/> once the turn that asked for it is saved, so the
/// handoff's own guarded update never races that turn. A chat goes to the queue once per turn.
/// </summary>
internal sealed class HandOffToCoordinatorAction(HandoffService handoff) : IAfterTurnAction
{
    public async Task AfterTurnAsync(SavedTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Work.OfType<HandOffToCoordinator>().LastOrDefault() is { } request)
        {
            await handoff.RequestHumanAsync(turn.ConversationId, request.Reason, cancellationToken);
        }
    }
}
