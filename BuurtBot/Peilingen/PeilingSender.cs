using BuurtBot.Dialogs.Conversations.Peiling;
using BuurtBot.Dialogs.Domain.Peilingen;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Scheduling;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Peilingen;

/// <summary>
/// Sends a peiling to every resident of its target who wants peilingen: a "peiling" event in each
/// one's own chat, so the turn pipeline's order, handoff and channel limits hold. A delivery record
/// is stored with each event, so a second run (a restart, a retry) sends only to those still missing.
/// What <see cref="PeilingSendJob"/> does, as a plain service so tests drive it with a fake clock.
/// </summary>
public sealed class PeilingSender(BuurtBotDbContext db, ProactiveMessenger messenger, QuietHours quiet, TimeProvider time)
{
    public async Task<PeilingOutcome> SendAsync(Guid peilingId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var peiling = await db.Set<Peiling>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == peilingId, cancellationToken);
        if (peiling is null || !peiling.AcceptsAnswersAt(now.UtcDateTime))
        {
            return new PeilingOutcome(PeilingStep.Nothing);
        }

        if (!peiling.IsOpenAt(now.UtcDateTime))
        {
            return new PeilingOutcome(PeilingStep.Deferred, RetryAt: new DateTimeOffset(peiling.OpensUtc, TimeSpan.Zero));
        }

        if (quiet.IsQuiet(now))
        {
            return new PeilingOutcome(PeilingStep.Deferred, RetryAt: quiet.NextAllowed(now));
        }

        var sent = (await db.Set<PeilingDelivery>().AsNoTracking().Where(d => d.PeilingId == peilingId).Select(d => d.ResidentId).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var count = 0;
        foreach (var chat in await RecipientsAsync(peiling, cancellationToken))
        {
            var residentId = chat.ConversationId.ToString("D");
            if (sent.Contains(residentId))
            {
                continue;
            }

            // Tracked now, saved by the inbox together with the event.
            db.Set<PeilingDelivery>().Add(peiling.DeliverTo(residentId, now.UtcDateTime));
            var message = InboundMessage.ForEvent(PeilingDialog.EventName, peilingId.ToString("D"));
            if (await messenger.SendEventAsync(chat, $"peiling:{peilingId:N}:{chat.ConversationId:N}", message, cancellationToken))
            {
                count++;
            }

            db.ChangeTracker.Clear();
        }

        return new PeilingOutcome(PeilingStep.Done, count);
    }

    /// <summary>Residents who agreed to the privacy notice and to peilingen, can be reached, and are in the target.</summary>
    private async Task<List<ResidentChat>> RecipientsAsync(Peiling peiling, CancellationToken cancellationToken)
    {
        var consenting = db.Conversations.AsNoTracking()
            .Where(c => c.PeilingenConsentUtc != null && c.ConsentUtc != null && !c.Unreachable);
        switch (peiling.Target)
        {
            case PeilingTarget.Buurt:
                consenting = consenting.Where(c => c.Wijk == peiling.Wijk && c.Buurt == peiling.Buurt);
                break;
            case PeilingTarget.Wijk:
                consenting = consenting.Where(c => c.Wijk == peiling.Wijk);
                break;
            default:
                var supporters = await db.Steun.AsNoTracking().Where(s => s.InitiatiefId == peiling.InitiatiefId).Select(s => s.ResidentId).ToListAsync(cancellationToken);
                var ids = supporters.Select(s => Guid.TryParse(s, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
                consenting = consenting.Where(c => ids.Contains(c.Id));
                break;
        }

        return await consenting.OrderBy(c => c.CreatedUtc)
            .Select(c => new ResidentChat(c.Id, c.Channel, c.ChannelConversationId, c.Unreachable))
            .ToListAsync(cancellationToken);
    }
}
