using BuurtBot.Monitoring;
using BuurtBot.Storage;
using Quartz;

namespace BuurtBot.Privacy;

/// <summary>
/// "Vergeet mij", carried out after the turn that confirmed it: every category of
/// <see cref="ResidentDataInventory"/> in one transaction, then the scheduled check-ins and
/// evaluations of their initiatieven. Initiatieven with a closed deal stay without any trace of the
/// resident. Only the confirming turn's goodbye and the channel's handle to deliver it remain;
/// <see cref="ErasureSweeper"/> removes those once it is delivered.
/// </summary>
internal sealed partial class ResidentEraser(BuurtBotDbContext db, ISchedulerFactory schedulers, TimeProvider time, ILogger<ResidentEraser> logger)
{
    public async Task EraseAsync(string residentId, long keepTranscriptFrom, long keepOutboxFrom, CancellationToken cancellationToken)
    {
        var erasure = new ResidentErasure(db, ResidentKey.Parse(residentId), keepTranscriptFrom, keepOutboxFrom, time.GetUtcNow().UtcDateTime);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.ChangeTracker.Clear();
            foreach (var category in ResidentDataInventory.All)
            {
                await category.EraseAsync(erasure, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await UnscheduleAsync(erasure.Unscheduled, cancellationToken);
        LogErased(erasure.Removed, erasure.Anonymised);
    }

    /// <summary>Every trigger that would still start a check-in or evaluation for these initiatieven, deferred ones included.</summary>
    private async Task UnscheduleAsync(IReadOnlyCollection<Guid> initiatiefIds, CancellationToken cancellationToken)
    {
        if (initiatiefIds.Count == 0)
        {
            return;
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var names = initiatiefIds.Select(id => id.ToString("N")).ToList();
        var keys = new List<TriggerKey>();
        foreach (var group in new[] { MonitoringTriggers.CheckInGroup, MonitoringTriggers.EvaluatieGroup, MonitoringTriggers.DeferredGroup })
        {
            var inGroup = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(group), cancellationToken);
            keys.AddRange(inGroup.Where(k => names.Any(n => k.Name.Contains(n, StringComparison.Ordinal))));
        }

        if (keys.Count > 0)
        {
            await scheduler.UnscheduleJobs(keys, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A resident was forgotten: {Removed} initiatief(s) removed, {Anonymised} kept without their name")]
    private partial void LogErased(int removed, int anonymised);
}
