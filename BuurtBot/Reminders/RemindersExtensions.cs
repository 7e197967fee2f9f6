using BuurtBot.Scheduling;
using BuurtBot.Turns;
using Microsoft.Extensions.Options;
using Quartz;
// Quartz has a SchedulingOptions of its own.
using SchedulingOptions = BuurtBot.Scheduling.SchedulingOptions;

namespace BuurtBot.Reminders;

public static class RemindersExtensions
{
    /// <summary>
    /// What the coordinators are asked to look at: the reminder and escalation after an unanswered
    /// check-in, the daily digest, and the task rows both write (on the scheduler of AddScheduling,
    /// see <see cref="ScheduleReminders"/>).
    /// </summary>
    public static IHostApplicationBuilder AddReminders(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<CoordinatorTasks>();
        builder.Services.AddScoped<IFailedTurnReport, FailedTurnTasks>();
        builder.Services.AddScoped<ReminderService>();
        builder.Services.AddScoped<DigestService>();
        return builder;
    }

    /// <summary>The reminder sweep and the daily digest, in the one Quartz configuration (called from AddScheduling).</summary>
    public static void ScheduleReminders(this IQuartzBuilder quartz)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        quartz.ScheduleJob<ReminderJob>(
            (services, trigger) => trigger.WithIdentity("reminders", "monitoring").StartNow()
                .WithSimpleSchedule(schedule => schedule.WithInterval(Options(services).ReminderSweepEvery).RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)),
            (_, job) => job.WithIdentity(ReminderJob.Key));
        quartz.ScheduleJob<DailyDigestJob>(
            (services, trigger) => trigger.WithIdentity("daily-digest", "monitoring")
                .WithCronSchedule(
                    $"0 {Options(services).DigestAt.Minutes} {Options(services).DigestAt.Hours} * * ?",
                    cron => cron.InTimeZone(AmsterdamTime.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)),
            (_, job) => job.WithIdentity(DailyDigestJob.Key));
    }

    private static SchedulingOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<SchedulingOptions>>().Value;
}
