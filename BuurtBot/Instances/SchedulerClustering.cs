using BuurtBot.Storage;

namespace BuurtBot.Instances;

/// <summary>
/// QUARTZ_HOOK. How Quartz (BuurtBot/Scheduling, built on another branch) must run when several
/// instances share PostgreSQL: the ADO.NET job store on the same database, clustered, with a
/// generated instance id, so each trigger fires on exactly one instance and a dead instance's
/// triggers are recovered by another after <see cref="CheckinMisfireThreshold"/>. The scheduling
/// capability's <c>AddQuartz</c> calls <see cref="UsePostgres"/> to choose, then:
/// <code>
/// quartz.SchedulerId = "AUTO";
/// quartz.UsePersistentStore(store =>
/// {
///     store.UsePostgres(postgres => postgres.ConnectionString = SchedulerClustering.ConnectionString(configuration));
///     store.UseClustering(c => { c.CheckinInterval = SchedulerClustering.CheckinInterval; c.CheckinMisfireThreshold = SchedulerClustering.CheckinMisfireThreshold; });
///     store.UseSystemTextJsonSerializer();
/// });
/// </code>
/// </summary>
public static class SchedulerClustering
{
    /// <summary>How often each instance tells the others it is alive.</summary>
    public static readonly TimeSpan CheckinInterval = TimeSpan.FromSeconds(10);

    /// <summary>After this long without a check-in an instance counts as dead and its work is recovered.</summary>
    public static readonly TimeSpan CheckinMisfireThreshold = TimeSpan.FromSeconds(20);

    /// <summary>Whether Quartz should use the clustered PostgreSQL job store (Storage:Provider is Postgres).</summary>
    public static bool UsePostgres(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Enum.TryParse<StorageProvider>(configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.Provider)}"], ignoreCase: true, out var provider)
            && provider == StorageProvider.Postgres;
    }

    /// <summary>The job store lives in the app's own PostgreSQL database (tables <c>qrtz_*</c>).</summary>
    public static string ConnectionString(IConfiguration configuration) => StorageExtensions.PostgresConnectionString(configuration);
}
