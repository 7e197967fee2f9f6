using BuurtBot.Dialogs.Conversations.Privacy;
using BuurtBot.Scheduling;
using BuurtBot.Turns;
using Microsoft.Extensions.Options;
using Quartz;

namespace BuurtBot.Privacy;

public static class PrivacyExtensions
{
    /// <summary>
    /// The resident's data rights and the periods we keep data: "mijn gegevens" (the export),
    /// "vergeet mij" (the erase, after the turn, finished by the sweep), the nightly retention run.
    /// </summary>
    public static IHostApplicationBuilder AddPrivacy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section)
            .Validate(o => o.RetentionClosedInitiatiefMonths >= 1 && o.RetentionConversationMonths >= 1 && o.RetentionDeliveredPayloadDays >= 1 && o.RetentionAuditMonths >= 1,
                "Privacy:Retention… periods must be at least 1 (month or day).")
            .Validate(o => o.SweepEvery > TimeSpan.Zero && o.FinishErasureWithin > TimeSpan.Zero && o.RetentionAt >= TimeSpan.Zero && o.RetentionAt < TimeSpan.FromDays(1),
                "Privacy:SweepEvery and FinishErasureWithin must be positive; Privacy:RetentionAt a time of day.")
            .ValidateOnStart();
        builder.Services.AddScoped<IAfterTurnAction, EraseResidentAction>();
        builder.Services.AddScoped<IResidentData, ResidentDataService>();
        builder.Services.AddScoped<ResidentEraser>();
        builder.Services.AddScoped<ErasureSweeper>();
        builder.Services.AddScoped<RetentionService>();
        return builder;
    }

    /// <summary>The erasure sweep and the nightly retention run, in the one Quartz configuration (called from AddScheduling).</summary>
    public static void SchedulePrivacy(this IQuartzBuilder quartz)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        quartz.ScheduleJob<ErasureSweepJob>(
            (services, trigger) => trigger.WithIdentity("erasure-sweep", "privacy").StartNow()
                .WithSimpleSchedule(schedule => schedule.WithInterval(Options(services).SweepEvery).RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)),
            (_, job) => job.WithIdentity(ErasureSweepJob.Key));
        quartz.ScheduleJob<RetentionJob>(
            (services, trigger) => trigger.WithIdentity("retention", "privacy")
                .WithCronSchedule(
                    $"0 {Options(services).RetentionAt.Minutes} {Options(services).RetentionAt.Hours} * * ?",
                    cron => cron.InTimeZone(AmsterdamTime.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)),
            (_, job) => job.WithIdentity(RetentionJob.Key));
    }

    private static PrivacyOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<PrivacyOptions>>().Value;
}
