using BuurtBot.Turns;

namespace BuurtBot.Admin.Handoff;

/// <summary>
/// A resident asked for a person during a turn; the chat goes to the queue once the turn is saved,
/// so the handoff's own guarded update never races the turn that asked for it.
/// </summary>
internal sealed class PendingHandoff(HandoffService handoff) : IAfterTurnAction
{
    private (Guid ConversationId, string Reason)? _request;

    public void Request(Guid conversationId, string reason) => _request = (conversationId, reason);

    public async Task AfterTurnAsync(SavedTurn turn, CancellationToken cancellationToken)
    {
        if (_request is { } request)
        {
            _request = null;
            await handoff.RequestHumanAsync(request.ConversationId, request.Reason, cancellationToken);
        }
    }
}
