using BuurtBot.Storage;
using Microsoft.Extensions.Options;
using Quartz;
// Quartz has a SchedulingOptions of its own.
using SchedulingOptions = BuurtBot.Scheduling.SchedulingOptions;

namespace BuurtBot.Monitoring.CheckIns;

/// <summary>
/// Makes the scheduler's per-deal triggers match the plans: new and changed plans get their
/// check-in and evaluation triggers (in one batch, one transaction), ended deals lose theirs.
/// Unchanged plans are left alone, so a trigger's progress survives every planner run.
/// </summary>
public sealed class CheckInTriggerSync(BuurtBotDbContext db, CheckInPlanner planner, IOptions<SchedulingOptions> options)
{
    public async Task<TriggerSyncResult> SyncAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        var plans = await planner.PlanAsync(cancellationToken);
        var checkIns = (await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(MonitoringTriggers.CheckInGroup), cancellationToken)).ToHashSet();
        var threshold = options.Value.MisfireThreshold;

        var triggers = new List<ITrigger>();
        foreach (var plan in plans)
        {
            var every = plan.CadenceOr(options.Value.CheckInEvery);
            var signature = plan.TriggerSignature(every);
            if (plan.HasTriggersFor(signature) && checkIns.Contains(MonitoringTriggers.CheckInKey(plan.InitiatiefId)))
            {
                continue;
            }

            triggers.Add(MonitoringTriggers.CheckIn(plan, every, threshold));
            triggers.Add(MonitoringTriggers.Evaluatie(plan.InitiatiefId, new DateTimeOffset(plan.EvaluatieDueUtc), threshold));
            plan.TriggersApplied(signature);
        }

        if (triggers.Count > 0)
        {
            var jobs = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>>
            {
                [await scheduler.GetJobDetail(CheckInJob.Key, cancellationToken) ?? throw MissingJob(CheckInJob.Key)] =
                    [.. triggers.Where(t => t.JobKey.Equals(CheckInJob.Key))],
                [await scheduler.GetJobDetail(Evaluations.EvaluatieJob.Key, cancellationToken) ?? throw MissingJob(Evaluations.EvaluatieJob.Key)] =
                    [.. triggers.Where(t => t.JobKey.Equals(Evaluations.EvaluatieJob.Key))],
            };
            await scheduler.ScheduleJobs(jobs, ScheduleJobOptions.Replacing, cancellationToken);
        }

        // Ended deals: no more check-ins. Their evaluation trigger stays while the evaluation is still to come.
        var activeIds = plans.Select(p => p.InitiatiefId).ToHashSet();
        var stale = checkIns.Where(key => !activeIds.Contains(IdOf(key))).ToList();
        if (stale.Count > 0)
        {
            await scheduler.UnscheduleJobs(stale, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new TriggerSyncResult(plans.Count, triggers.Count / 2, stale.Count);
    }

    private static Guid IdOf(TriggerKey key) =>
        Guid.TryParseExact(key.Name.AsSpan(key.Name.IndexOf('-') + 1), "N", out var id) ? id : Guid.Empty;

    private static InvalidOperationException MissingJob(JobKey key) =>
        new($"Quartz has no job '{key}'; AddScheduling() registers it as a durable job.");
}

/// <summary>How many deals are planned, how many got new triggers, how many ended deals lost theirs.</summary>
public sealed record TriggerSyncResult(int Planned, int Scheduled, int Removed);
