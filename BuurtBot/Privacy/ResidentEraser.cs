using BuurtBot.Dialogs.Domain.Peilingen;
using BuurtBot.Dialogs.Domain.Wijkagenda;
using BuurtBot.Initiatieven;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Privacy;

/// <summary>
/// "Vergeet mij", carried out after the turn that confirmed it: the transcript, the stored
/// messages, the dialog state and every initiatief without a closed deal go; initiatieven with a
/// closed deal stay without any trace of the resident. Only the channel's handle and the
/// confirmation itself remain, so the goodbye can still be delivered.
/// </summary>
internal sealed partial class ResidentEraser(BuurtBotDbContext db, ILogger<ResidentEraser> logger)
{
    public const string Placeholder = "gewist";

    public async Task EraseAsync(string residentId, long keepTranscriptFrom, long keepOutboxFrom, CancellationToken cancellationToken)
    {
        var conversationId = Guid.Parse(residentId);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var initiatieven = await new EfInitiatiefStore(db).ForResidentAsync(residentId, cancellationToken);
        var removed = 0;
        foreach (var initiatief in initiatieven)
        {
            if (initiatief.InitiatiefnemerId == residentId && initiatief.Deal is not { IsClosed: true })
            {
                db.Initiatieven.Remove(initiatief);
                removed++;
            }
            else
            {
                initiatief.ForgetResident(residentId, Placeholder);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.DealChangeRequests.Where(r => r.ResidentId == residentId).ExecuteDeleteAsync(cancellationToken);

        // Their support stays counted, but no longer points at them: one fresh id, unique because a
        // resident supports each initiatief at most once.
        var anonymousSupporter = Placeholder + ":" + Guid.NewGuid().ToString("N");
        await db.Steun.Where(s => s.ResidentId == residentId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ResidentId, anonymousSupporter), cancellationToken);
        // Their wijkagenda answer holds a sentence they typed: it goes, and with it their themes.
        await db.Set<WijkagendaInput>().Where(w => w.ResidentId == residentId).ExecuteDeleteAsync(cancellationToken);
        // Peiling answers likewise stay in the counts under the same fresh id; which peilingen reached them goes.
        await db.Set<PeilingAnswer>().Where(a => a.ResidentId == residentId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ResidentId, anonymousSupporter), cancellationToken);
        await db.Set<PeilingDelivery>().Where(d => d.ResidentId == residentId).ExecuteDeleteAsync(cancellationToken);
        await db.Transcript.Where(t => t.ConversationId == conversationId && t.Id < keepTranscriptFrom).ExecuteDeleteAsync(cancellationToken);
        await db.Outbox.Where(o => o.ConversationId == conversationId && o.Id < keepOutboxFrom).ExecuteDeleteAsync(cancellationToken);
        await db.Inbox.Where(i => i.ConversationId == conversationId && i.ProcessedUtc != null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Payload, "{}"), cancellationToken);
        await db.Conversations.Where(c => c.Id == conversationId).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.DialogState, (string?)null)
            .SetProperty(c => c.ConsentUtc, (DateTime?)null)
            .SetProperty(c => c.PeilingenConsentUtc, (DateTime?)null)
            .SetProperty(c => c.PeilingenAskedUtc, (DateTime?)null)
            .SetProperty(c => c.Buurt, (string?)null)
            .SetProperty(c => c.Version, c => c.Version + 1), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogErased(removed, initiatieven.Count - removed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A resident was forgotten: {Removed} initiatief(s) removed, {Anonymised} kept without their name")]
    private partial void LogErased(int removed, int anonymised);
}
