using BuurtBot.Dialogs.Domain.Initiatieven;
using Microsoft.Extensions.Options;
using Quartz;
// Quartz has a SchedulingOptions of its own.
using SchedulingOptions = BuurtBot.Scheduling.SchedulingOptions;

namespace BuurtBot.Monitoring.Evaluations;

/// <summary>Fired at a deal's end date (or when a coordinator starts it): starts the evaluation, or tries again after quiet hours.</summary>
public sealed class EvaluatieJob(EvaluatieService evaluaties, IOptions<SchedulingOptions> options) : IJob
{
    public static readonly JobKey Key = new("evaluatie", "monitoring");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.MergedJobDataMap;
        var initiatiefId = Guid.Parse(MonitoringTriggers.Read(data, MonitoringTriggers.InitiatiefIdKey)!);
        var coordinatorId = MonitoringTriggers.Read(data, MonitoringTriggers.CoordinatorIdKey);
        var actor = coordinatorId is null ? Actor.System : Actor.Coordinator(coordinatorId);

        var outcome = await evaluaties.StartAsync(initiatiefId, actor, cancellationToken);
        if (outcome is { Status: EvaluatieStatus.Deferred, RetryAt: { } at })
        {
            await context.Scheduler.ScheduleJob(
                MonitoringTriggers.DeferredEvaluatie(initiatiefId, at, options.Value.MisfireThreshold, coordinatorId), ScheduleJobOptions.Replacing, cancellationToken);
        }
    }
}
