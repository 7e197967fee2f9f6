using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Domain.Monitoring;
using BuurtBot.Photos;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Privacy;

/// <summary>
/// The periods the consent text promises, enforced (<see cref="PrivacyOptions"/>): initiatieven
/// that ended long enough ago lose their personal data (withdrawn and rejected ones go, a completed
/// buurtdeal stays without names or typed texts); conversations silent long enough, that are no
/// (longer) behind an initiatief, are erased as "vergeet mij" would; delivered messages' copies in
/// inbox and outbox are emptied; old audit lines go.
/// </summary>
public sealed partial class RetentionService(
    BuurtBotDbContext db,
    IServiceProvider services,
    IOptions<PrivacyOptions> options,
    TimeProvider time,
    ILogger<RetentionService> logger)
{
    public async Task<RetentionResult> RunAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var initiatieven = await EndInitiatievenAsync(now.AddMonths(-o.RetentionClosedInitiatiefMonths), cancellationToken);
        var conversations = await EraseSilentConversationsAsync(now.AddMonths(-o.RetentionConversationMonths), cancellationToken);

        var delivered = now.AddDays(-o.RetentionDeliveredPayloadDays);
        var payloads = await db.Inbox.Where(i => i.ProcessedUtc != null && i.ProcessedUtc < delivered && i.Payload != "{}")
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Payload, "{}"), cancellationToken);
        payloads += await db.Outbox.Where(x => x.Status != OutboxStatus.Pending && x.CreatedUtc < delivered && x.Payload != "{}")
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Payload, "{}"), cancellationToken);

        var audit = now.AddMonths(-o.RetentionAuditMonths);
        var auditLines = await db.AuditLog.Where(a => a.TimestampUtc < audit).ExecuteDeleteAsync(cancellationToken);

        var result = new RetentionResult(initiatieven, conversations, payloads, auditLines);
        LogRan(result.Initiatieven, result.Conversations, result.Payloads, result.AuditLines);
        return result;
    }

    private async Task<int> EndInitiatievenAsync(DateTime endedBefore, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var ended = (await db.Initiatieven
                .Where(i => i.Status == InitiatiefStatus.Afgerond || i.Status == InitiatiefStatus.Ingetrokken || i.Status == InitiatiefStatus.Afgewezen)
                .ToListAsync(cancellationToken))
            .Where(i => i.Timeline.Max(t => t.At) < endedBefore)
            .Where(i => i.Status != InitiatiefStatus.Afgerond || i.InitiatiefnemerId != ResidentErasure.Placeholder || i.MedeInitiatiefnemerIds.Count > 0)
            .ToList();
        foreach (var initiatief in ended)
        {
            if (initiatief.Status == InitiatiefStatus.Afgerond && initiatief.Deal is { IsClosed: true })
            {
                // The deal's existence and outcome stay for the buurtmonitor; who and what they typed go.
                foreach (var residentId in initiatief.MedeInitiatiefnemerIds.Prepend(initiatief.InitiatiefnemerId).ToList())
                {
                    initiatief.ForgetResident(residentId, ResidentErasure.Placeholder);
                }

                initiatief.ForgetResidentTexts(ResidentErasure.Placeholder);
            }
            else
            {
                db.Initiatieven.Remove(initiatief);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var ids = ended.Select(i => i.Id).ToList();
        await db.DealChangeRequests.Where(r => ids.Contains(r.InitiatiefId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<MonitoringEntry>().Where(e => ids.Contains(e.InitiatiefId)).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.ById, ResidentErasure.Placeholder).SetProperty(e => e.Comment, (string?)null).SetProperty(e => e.PhotoReference, (string?)null), cancellationToken);
        await db.Set<InitiatiefEvaluatie>().Where(e => ids.Contains(e.InitiatiefId)).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.ResidentId, ResidentErasure.Placeholder).SetProperty(e => e.WentWell, ResidentErasure.Placeholder).SetProperty(e => e.CouldBeBetter, ResidentErasure.Placeholder), cancellationToken);
        await db.Set<CheckInRound>().Where(r => ids.Contains(r.InitiatiefId)).ExecuteDeleteAsync(cancellationToken);
        // Photos are the residents' own: a kept buurtdeal keeps no photo of them.
        await db.Photos.Where(p => p.InitiatiefId != null && ids.Contains(p.InitiatiefId.Value)).ExecuteDeleteAsync(cancellationToken);
        await PhotoExport.RemoveOrphansAsync(db, cancellationToken);
        return ended.Count;
    }

    /// <summary>Silent conversations not behind an initiatief that still has their name: erased entirely, no goodbye.</summary>
    private async Task<int> EraseSilentConversationsAsync(DateTime silentSince, CancellationToken cancellationToken)
    {
        var silent = await db.Conversations.AsNoTracking().Where(c => c.UpdatedUtc < silentSince).Select(c => c.Id).ToListAsync(cancellationToken);
        var erased = 0;
        foreach (var id in silent)
        {
            var residentId = id.ToString("D");
            var behindOne = await db.Initiatieven.AnyAsync(
                i => i.InitiatiefnemerId == residentId || EF.Property<List<string>>(i, "_medeInitiatiefnemerIds").Contains(residentId), cancellationToken);
            if (behindOne)
            {
                continue; // kept as long as their initiatief, which has its own period
            }

            // A fresh scope: the eraser clears its context, this loop keeps its own.
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ResidentEraser>().EraseAsync(residentId, long.MaxValue, long.MaxValue, cancellationToken);
            await scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>().Conversations.Where(c => c.Id == id).ExecuteDeleteAsync(cancellationToken);
            erased++;
        }

        return erased;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: {Initiatieven} ended initiatief(s) cleared, {Conversations} silent conversation(s) erased, {Payloads} delivered message copies emptied, {AuditLines} audit line(s) removed")]
    private partial void LogRan(int initiatieven, int conversations, int payloads, int auditLines);
}
