using Microsoft.Extensions.Options;
using Quartz;

namespace BuurtBot.Wijkagenda;

/// <summary>Once a year (Wijkagenda:InviteCron, Europe/Amsterdam): invites residents to the wijkagenda question, or tries again after quiet hours.</summary>
public sealed class WijkagendaInviteJob(WijkagendaInvitations invitations, IOptions<Scheduling.SchedulingOptions> options) : IJob
{
    public static readonly JobKey Key = new("wijkagenda-invite", "wijkagenda");
    public static readonly TriggerKey DeferredKey = new("wijkagenda-invite-deferred", "wijkagenda");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var outcome = await invitations.InviteAsync(cancellationToken);
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
