using Quartz;

namespace BuurtBot.Peilingen;

/// <summary>Fired at a peiling's opening time: sends it, or tries again after quiet hours.</summary>
public sealed class PeilingSendJob(PeilingSender sender) : IJob
{
    public static readonly JobKey Key = new("peiling-send", PeilingTriggers.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (PeilingTriggers.Read(context.MergedJobDataMap) is not { } peilingId)
        {
            return;
        }

        var outcome = await sender.SendAsync(peilingId, cancellationToken);
        if (outcome is { Step: PeilingStep.Deferred, RetryAt: { } at })
        {
            await context.Scheduler.ScheduleJob(PeilingTriggers.Send(peilingId, at), ScheduleJobOptions.Replacing, cancellationToken);
        }
    }
}
