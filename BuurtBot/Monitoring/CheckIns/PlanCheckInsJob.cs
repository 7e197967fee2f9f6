using Quartz;

namespace BuurtBot.Monitoring.CheckIns;

/// <summary>At start and then regularly: every deal in uitvoering has its check-in and evaluation triggers, ended deals none.</summary>
[DisallowConcurrentExecution]
public sealed class PlanCheckInsJob(CheckInTriggerSync sync) : IJob
{
    public static readonly JobKey Key = new("plan-checkins", "monitoring");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        await sync.SyncAsync(context.Scheduler, cancellationToken);
    }
}
