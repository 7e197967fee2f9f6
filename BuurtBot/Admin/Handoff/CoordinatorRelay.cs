using BuurtBot.Dialogs.Conversations;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Notifications;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Admin.Handoff;

/// <summary>Passes a resident's deal wishes on to the coordinator, in the turn's own unit of work.</summary>
internal sealed class CoordinatorRelay(BuurtBotDbContext db, CoordinatorNotifier notifier, TimeProvider time) : ICoordinatorRelay
{
    public async Task PassDealChangeRequestAsync(Guid initiatiefId, string residentId, string request, CancellationToken cancellationToken)
    {
        db.DealChangeRequests.Add(DealChangeRequest.Pass(initiatiefId, residentId, request, time.GetUtcNow().UtcDateTime));
        var wijk = await db.Initiatieven.AsNoTracking().Where(i => i.Id == initiatiefId).Select(i => i.WijkName).FirstOrDefaultAsync(cancellationToken);
        await notifier.DealChangeRequestedAsync(initiatiefId, wijk, cancellationToken);
    }
}
