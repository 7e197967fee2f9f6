using BuurtBot.Dialogs.Conversations;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Storage;

namespace BuurtBot.Admin.Handoff;

/// <summary>Passes a resident's deal wishes on to the coordinator, in the turn's own unit of work.</summary>
internal sealed class CoordinatorRelay(BuurtBotDbContext db, TimeProvider time) : ICoordinatorRelay
{
    public Task PassDealChangeRequestAsync(Guid initiatiefId, string residentId, string request, CancellationToken cancellationToken)
    {
        db.DealChangeRequests.Add(DealChangeRequest.Pass(initiatiefId, residentId, request, time.GetUtcNow().UtcDateTime));
        return Task.CompletedTask;
    }
}
