using BuurtBot.Dialogs.Conversations.Queue;
using BuurtBot.Turns;

namespace BuurtBot.Admin.Handoff;

/// <summary>
/// Carries out <see cref="CancelHandOff"/> once the turn that asked for it is saved, with the same
/// guarded update as every other move of the chat, so a coordinator taking over at that moment wins.
/// </summary>
internal sealed class CancelHandOffAction(HandoffService handoff) : IAfterTurnAction
{
    public async Task AfterTurnAsync(SavedTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Work.OfType<CancelHandOff>().Any())
        {
            await handoff.CancelRequestAsync(turn.ConversationId, cancellationToken);
        }
    }
}
