using BuurtBot.Dialogs.Conversations;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Storage;

namespace BuurtBot.Admin.Handoff;

/// <summary>
/// Puts a chat in the coordinators' queue once the turn is saved, and passes a resident's deal
/// wishes on in the turn's own unit of work.
/// </summary>
internal sealed class CoordinatorRelay(BuurtBotDbContext db, PendingHandoff handoff, TimeProvider time) : ICoordinatorRelay
{
    public Task RequestHumanAsync(Guid conversationId, string reason, CancellationToken cancellationToken)
    {
        handoff.Request(conversationId, reason);
        return Task.CompletedTask;
    }

    public Task PassDealChangeRequestAsync(Guid initiatiefId, string residentId, string request, CancellationToken cancellationToken)
    {
        db.DealChangeRequests.Add(DealChangeRequest.Pass(initiatiefId, residentId, request, time.GetUtcNow().UtcDateTime));
        return Task.CompletedTask;
    }
}
