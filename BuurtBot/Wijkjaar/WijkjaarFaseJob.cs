using Microsoft.Extensions.Options;
using Quartz;

namespace BuurtBot.Wijkjaar;

/// <summary>Every day (Wijkjaar:PhaseCron, Europe/Amsterdam): opens the phase that starts, or tries again when quiet hours end.</summary>
public sealed class WijkjaarFaseJob(WijkjaarFasen fasen, IOptions<Scheduling.SchedulingOptions> options) : IJob
{
    public static readonly JobKey Key = new("wijkjaar-fase", "wijkjaar");
    public static readonly TriggerKey DeferredKey = new("wijkjaar-fase-deferred", "wijkjaar");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var outcome = await fasen.OpenDueAsync(cancellationToken);
        if (outcome.RetryAt is { } at)
        {
            var retry = TriggerBuilder.Create()
                .WithIdentity(DeferredKey)
                .ForJob(Key)
                .StartAt(at)
                .WithMisfireThreshold(options.Value.MisfireThreshold)
                .WithSimpleSchedule(schedule => schedule.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
                .Build();
            await context.Scheduler.ScheduleJob(retry, ScheduleJobOptions.Replacing, cancellationToken);
        }
    }
}
