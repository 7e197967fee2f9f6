using BuurtBot.Dialogs.Domain.Peilingen;
using Quartz;

namespace BuurtBot.Peilingen;

/// <summary>
/// Puts a new peiling's send and close triggers on the persistent scheduler, so both happen on
/// time even across restarts. The two durable jobs are stored on first use.
/// </summary>
public sealed class PeilingScheduler(ISchedulerFactory schedulers)
{
    public async Task ScheduleAsync(Peiling peiling, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(peiling);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var send = PeilingTriggers.Send(peiling.Id, new DateTimeOffset(peiling.OpensUtc, TimeSpan.Zero));
        var close = PeilingTriggers.Close(peiling.Id, new DateTimeOffset(peiling.ClosesUtc, TimeSpan.Zero));
        var jobs = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>>
        {
            [JobBuilder.Create<PeilingSendJob>().WithIdentity(PeilingSendJob.Key).StoreDurably().Build()] = [send],
            [JobBuilder.Create<PeilingCloseJob>().WithIdentity(PeilingCloseJob.Key).StoreDurably().Build()] = [close],
        };
        await scheduler.ScheduleJobs(jobs, ScheduleJobOptions.Replacing, cancellationToken);
    }
}
