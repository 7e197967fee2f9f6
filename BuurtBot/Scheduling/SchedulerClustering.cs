using BuurtBot.Storage;
using Npgsql;
using Quartz;

namespace BuurtBot.Scheduling;

/// <summary>
/// Quartz when several instances share PostgreSQL: the ADO.NET job store in the app's own database
/// (tables <c>qrtz_*</c>), clustered, with a generated instance id. Every instance runs a scheduler
/// with the same name on the same rows, so a trigger is acquired (row lock on <c>qrtz_locks</c>) and
/// fired by exactly one of them, and a dead instance's triggers and in-flight jobs are taken over by
/// another once it has missed its check-in for <see cref="CheckinMisfireThreshold"/>.
/// </summary>
public static class SchedulerClustering
{
    /// <summary>How often each instance tells the others it is alive.</summary>
    public static readonly TimeSpan CheckinInterval = TimeSpan.FromSeconds(10);

    /// <summary>After this long without a check-in an instance counts as dead and its work is recovered.</summary>
    public static readonly TimeSpan CheckinMisfireThreshold = TimeSpan.FromSeconds(20);

    /// <summary>Whether Quartz uses the clustered PostgreSQL job store (Storage:Provider is Postgres).</summary>
    public static bool UsePostgres(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Enum.TryParse<StorageProvider>(configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.Provider)}"], ignoreCase: true, out var provider)
            && provider == StorageProvider.Postgres;
    }

    /// <summary>
    /// The clustered store. Quartz creates the missing <c>qrtz_*</c> tables at start from the script it
    /// embeds (ProvisionSchema); instances starting together may race to do so, and Quartz settles that
    /// itself: a failed creation that leaves a schema which validates counts as done by another node.
    /// </summary>
    public static void UseClusteredPostgres(IQuartzBuilder quartz)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        // quartz.scheduler.instanceId = AUTO: host name and start time, so every instance (and every
        // restart of one) is a node of its own. UseClustering would turn this on too; said here on purpose.
        quartz.ConfigureScheduler(scheduler => scheduler.GenerateInstanceId = true);
        quartz.UsePersistentStore(store =>
        {
            // A pool of its own: Quartz holds its lock rows in transactions beside the turns' connections.
            store.UsePostgres(postgres => postgres.DataSourceFactory = services =>
                NpgsqlDataSource.Create(StorageExtensions.PostgresConnectionString(services.GetRequiredService<IConfiguration>())));
            store.UseClustering(cluster =>
            {
                cluster.CheckinInterval = CheckinInterval;
                cluster.CheckinMisfireThreshold = CheckinMisfireThreshold;
            });
            store.UseSystemTextJsonSerializer();
            store.ProvisionSchema();
        });
    }
}
