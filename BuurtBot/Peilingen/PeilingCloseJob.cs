using Quartz;

namespace BuurtBot.Peilingen;

/// <summary>Fired at a peiling's closing time: closes it and sends the result, which waits out quiet hours.</summary>
public sealed class PeilingCloseJob(PeilingCloser closer) : IJob
{
    public static readonly JobKey Key = new("peiling-close", PeilingTriggers.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (PeilingTriggers.Read(context.MergedJobDataMap) is not { } peilingId)
        {
            return;
        }

        var outcome = await closer.CloseAsync(peilingId, cancellationToken);
        if (outcome is { Step: PeilingStep.Deferred, RetryAt: { } at })
        {
            await context.Scheduler.ScheduleJob(PeilingTriggers.Close(peilingId, at), ScheduleJobOptions.Replacing, cancellationToken);
        }
    }
}
