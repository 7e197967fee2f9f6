using System.Globalization;
using Microsoft.Extensions.Options;
using Quartz;
// Quartz has a SchedulingOptions of its own.
using SchedulingOptions = BuurtBot.Scheduling.SchedulingOptions;

namespace BuurtBot.Monitoring.CheckIns;

/// <summary>Fired by a deal's check-in trigger: sends the check-in that is due, or tries again after quiet hours.</summary>
public sealed class CheckInJob(CheckInService checkIns, IOptions<SchedulingOptions> options) : IJob
{
    public static readonly JobKey Key = new("checkin", "monitoring");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.MergedJobDataMap;
        var initiatiefId = Guid.Parse(MonitoringTriggers.Read(data, MonitoringTriggers.InitiatiefIdKey)!);
        DateTimeOffset? due = MonitoringTriggers.Read(data, MonitoringTriggers.DueKey) is { } text
            ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
            : null;

        var outcome = await checkIns.SendDueAsync(initiatiefId, due, cancellationToken);
        if (outcome is { Status: CheckInStatus.Deferred, Due: { } round, RetryAt: { } at })
        {
            await context.Scheduler.ScheduleJob(
                MonitoringTriggers.DeferredCheckIn(initiatiefId, round, at, options.Value.MisfireThreshold), ScheduleJobOptions.Replacing, cancellationToken);
        }
    }
}
