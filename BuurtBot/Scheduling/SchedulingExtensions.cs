using BuurtBot.Inzicht;
using BuurtBot.Monitoring;
using BuurtBot.Privacy;
using BuurtBot.Reminders;
using BuurtBot.Wijkagenda;
using BuurtBot.Wijkjaar;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Quartz;

namespace BuurtBot.Scheduling;

public static class SchedulingExtensions
{
    /// <summary>
    /// The one Quartz scheduler the capabilities' jobs run on (monitoring, reminders, wijkagenda,
    /// peilingen), with a persistent store: its own SQLite file, or clustered on the app's PostgreSQL
    /// database (see <see cref="SchedulerClustering"/>); quiet hours and the way a job messages a
    /// resident. Call after AddStorage and AddTurns: jobs write to the inbox.
    /// </summary>
    public static IHostApplicationBuilder AddScheduling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.Section)
            .Validate(o => o.CheckInEvery >= TimeSpan.FromSeconds(1) && o.ReminderAfter > TimeSpan.Zero && o.EscalateAfter > TimeSpan.Zero
                    && o.PlanEvery > TimeSpan.Zero && o.ReminderSweepEvery > TimeSpan.Zero && o.MisfireThreshold >= TimeSpan.FromMilliseconds(1),
                "Scheduling:CheckInEvery must be at least a second; ReminderAfter, EscalateAfter, PlanEvery, ReminderSweepEvery and MisfireThreshold must be positive.")
            .Validate(o => TryQuietHours(o), "Scheduling:QuietDays must be English day names separated by commas (for example \"Saturday,Sunday\"), and not all seven.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => QuietHours.From(sp.GetRequiredService<IOptions<SchedulingOptions>>().Value));

        builder.Services.AddScoped<ProactiveMessenger>();

        // The store is chosen here, from configuration present when Program runs (environment, or the
        // test hosts' UseSetting): it decides the job store's type, which Quartz fixes at registration.
        var clustered = SchedulerClustering.UsePostgres(builder.Configuration);
        if (!clustered)
        {
            // Before Quartz's hosted service, so its file is in WAL mode when the scheduler provisions it.
            builder.Services.AddHostedService<SchedulerDatabasePreparer>();
        }

        builder.AddQuartz(quartz => ConfigureQuartz(quartz, clustered));
        builder.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);

        // Read at start, not here: test hosts add their configuration after Program has run.
        builder.Services.AddOptions<QuartzHostedServiceOptions>()
            .Configure<IOptions<SchedulingOptions>>((hosted, scheduling) => hosted.AutoStart = scheduling.Value.Enabled);
        return builder;
    }

    private static void ConfigureQuartz(IQuartzBuilder quartz, bool clustered)
    {
        quartz.UseDefaultTimeZone(AmsterdamTime.Zone);
        if (clustered)
        {
            SchedulerClustering.UseClusteredPostgres(quartz);
        }
        else
        {
            quartz.UsePersistentStore(store =>
            {
                store.UseSqlite(source => source.DataSourceFactory = services =>
                    SqliteFactory.Instance.CreateDataSource(SchedulerDatabase.ConnectionString(services.GetRequiredService<IConfiguration>())));
                store.ProvisionSchema();
            });
        }

        quartz.ScheduleMonitoring();
        quartz.ScheduleReminders();
        quartz.ScheduleWijkagenda();
        quartz.ScheduleWijkjaar();
        quartz.SchedulePrivacy();
        quartz.ScheduleInzicht();
    }

    private static bool TryQuietHours(SchedulingOptions options)
    {
        try
        {
            var quiet = QuietHours.From(options);
            quiet.NextAllowed(DateTimeOffset.UnixEpoch);
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
