using BuurtBot.Storage;
using Microsoft.Data.Sqlite;

namespace BuurtBot.Scheduling;

/// <summary>
/// Where Quartz keeps its schedule on SQLite (on PostgreSQL: <see cref="SchedulerClustering"/>): its
/// own SQLite file beside the main one (buurtbot.db → buurtbot-scheduler.db) unless <c>ConnectionStrings:Scheduler</c> says otherwise. Its own file
/// because Quartz takes SQLite's single write lock on every acquisition round; sharing the file
/// would make turns wait on the scheduler. Nothing needs both in one transaction: a job that runs
/// twice stores an inbox event with the same id, which the inbox ignores.
/// </summary>
public static class SchedulerDatabase
{
    /// <summary>How long a statement waits for SQLite's lock before failing (Microsoft.Data.Sqlite retries while busy).</summary>
    private const int BusyTimeoutSeconds = 10;

    public static string ConnectionString(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = new SqliteConnectionStringBuilder(configuration.GetConnectionString("Scheduler") is { Length: > 0 } configured
            ? configured
            : BesideMain(configuration.GetConnectionString("BuurtBot") ?? StorageExtensions.DefaultConnectionString));
        if (builder.DefaultTimeout == new SqliteConnectionStringBuilder().DefaultTimeout)
        {
            builder.DefaultTimeout = BusyTimeoutSeconds;
        }

        return builder.ToString();
    }

    private static string BesideMain(string main)
    {
        var builder = new SqliteConnectionStringBuilder(main);
        var path = builder.DataSource;
        var extension = Path.GetExtension(path);
        builder.DataSource = Path.ChangeExtension(path, null) + "-scheduler" + (extension.Length > 0 ? extension : ".db");
        return builder.ToString();
    }
}
