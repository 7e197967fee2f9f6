using BuurtBot.Dialogs.Conversations.CheckIn;
using BuurtBot.Dialogs.Conversations.Evaluatie;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Monitoring.CheckIns;
using BuurtBot.Monitoring.Evaluations;
using Microsoft.Extensions.Options;
using Quartz;
// Quartz has a SchedulingOptions of its own.
using SchedulingOptions = BuurtBot.Scheduling.SchedulingOptions;

namespace BuurtBot.Monitoring;

public static class MonitoringExtensions
{
    /// <summary>
    /// Monitoring a buurtdeal: the check-in and evaluation conversations, what they record, and the
    /// services their jobs run (on the scheduler of AddScheduling, see <see cref="ScheduleMonitoring"/>).
    /// </summary>
    public static IHostApplicationBuilder AddMonitoring(this IHostApplicationBuilder builder)
    {
        // The check-in and evaluation conversations, begun by the jobs' host events; the resident bot picks them up.
        // Scoped: each gets the monitoring store of the turn's unit of work.
        builder.Services.AddScoped<Dialog>(sp => new CheckInDialog(sp.GetRequiredService<IMonitoringStore>()));
        builder.Services.AddScoped<Dialog>(sp => new EvaluatieDialog(sp.GetRequiredService<IMonitoringStore>()));

        builder.Services.AddScoped<IMonitoringStore, MonitoringStore>();
        builder.Services.AddScoped<MonitoringTimeline>();
        builder.Services.AddScoped<CheckInPlanner>();
        builder.Services.AddScoped<CheckInTriggerSync>();
        builder.Services.AddScoped<CheckInService>();
        builder.Services.AddScoped<EvaluatieService>();
        builder.Services.AddSingleton<EvaluatieStarter>();
        return builder;
    }

    /// <summary>The check-in and evaluation jobs and the planner's sweep, in the one Quartz configuration (called from AddScheduling).</summary>
    public static void ScheduleMonitoring(this IQuartzBuilder quartz)
    {
        ArgumentNullException.ThrowIfNull(quartz);

        // Fired only by per-deal triggers the planner makes, so they are stored without a trigger of their own.
        quartz.AddJob<CheckInJob>(job => job.WithIdentity(CheckInJob.Key).StoreDurably());
        quartz.AddJob<EvaluatieJob>(job => job.WithIdentity(EvaluatieJob.Key).StoreDurably());

        quartz.ScheduleJob<PlanCheckInsJob>(
            (services, trigger) => trigger.WithIdentity("plan-checkins", "monitoring").StartNow()
                .WithSimpleSchedule(schedule => schedule.WithInterval(services.GetRequiredService<IOptions<SchedulingOptions>>().Value.PlanEvery).RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)),
            (_, job) => job.WithIdentity(PlanCheckInsJob.Key));
    }
}
