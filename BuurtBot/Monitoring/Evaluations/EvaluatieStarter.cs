using Microsoft.Extensions.Options;
using Quartz;
// Quartz has a SchedulingOptions of its own.
using SchedulingOptions = BuurtBot.Scheduling.SchedulingOptions;

namespace BuurtBot.Monitoring.Evaluations;

/// <summary>
/// For the admin page: a coordinator starts the evaluation before the deal's end date. It goes
/// through the same job as the scheduled one, so quiet hours and the inbox rules hold for it too.
/// </summary>
public sealed class EvaluatieStarter(ISchedulerFactory schedulers, IOptions<SchedulingOptions> options, TimeProvider time)
{
    public async Task StartAsync(Guid initiatiefId, string coordinatorId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(coordinatorId);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.ScheduleJob(
            MonitoringTriggers.Evaluatie(initiatiefId, time.GetUtcNow(), options.Value.MisfireThreshold, coordinatorId),
            ScheduleJobOptions.Replacing,
            cancellationToken);
    }
}
