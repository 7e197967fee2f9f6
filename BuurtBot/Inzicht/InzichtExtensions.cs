using BuurtBot.Inzicht.Onbegrepen;
using Quartz;

namespace BuurtBot.Inzicht;

public static class InzichtExtensions
{
    /// <summary>
    /// The Gesprekken-inzicht: figures per dialog step, read from the step events the turns write and the hand-off
    /// records, the check-ins' and evaluations' figures (page: /admin/inzicht); and, only after a beheerder opted
    /// in, the misunderstood answers, masked, with proposals for the developers (/admin/inzicht/onbegrepen).
    /// </summary>
    public static IHostApplicationBuilder AddInzicht(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<InzichtFigures>();
        builder.Services.AddScoped<HandoffInzichtQuery>();
        builder.Services.AddScoped<MonitoringInzichtQuery>();
        builder.Services.AddSingleton<OnbegrepenOptInCache>();
        builder.Services.AddSingleton<SharedPlaceNames>();
        builder.Services.AddScoped<OnbegrepenOptInSetting>();
        builder.Services.AddScoped<OnbegrepenCapture>();
        builder.Services.AddScoped<OnbegrepenPurge>();
        return builder;
    }

    /// <summary>The hourly purge of misunderstood answers past 30 days, in the one Quartz configuration (called from AddScheduling).</summary>
    public static void ScheduleInzicht(this IQuartzBuilder quartz)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        quartz.ScheduleJob<OnbegrepenPurgeJob>(
            (_, trigger) => trigger.WithIdentity("onbegrepen-purge", "inzicht").StartNow()
                .WithSimpleSchedule(schedule => schedule.WithInterval(TimeSpan.FromHours(1)).RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)),
            (_, job) => job.WithIdentity(OnbegrepenPurgeJob.Key));
    }
}
