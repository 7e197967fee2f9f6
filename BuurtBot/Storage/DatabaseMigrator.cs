using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BuurtBot.Storage;

/// <summary>
/// Creates or upgrades the database through migrations before anything else starts
/// (hosted services start in registration order, and storage registers first). Start-up never waits
/// forever on a lock a dead process left: see <c>MigrateAsync</c>.
/// </summary>
internal sealed partial class DatabaseMigrator(
    IServiceScopeFactory scopes,
    IOptions<StorageOptions> options,
    TimeProvider time,
    ILogger<DatabaseMigrator> logger) : IHostedService
{
    /// <summary>A key of our own for the migration lock: "BuurtBot" in ASCII.</summary>
    private const long MigrationLockKey = 0x4275757274426F74;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        await MigrateAsync(db, options.Value.MigrationLockTimeout, time, logger, cancellationToken);
    }

    /// <summary>For the commands that run instead of the web host (<c>admin</c>, <c>data</c>): the same migration, the same locks.</summary>
    public static Task MigrateAsync(IServiceProvider scoped, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scoped);
        return MigrateAsync(
            scoped.GetRequiredService<BuurtBotDbContext>(),
            scoped.GetRequiredService<IOptions<StorageOptions>>().Value.MigrationLockTimeout,
            scoped.GetRequiredService<TimeProvider>(),
            scoped.GetRequiredService<ILogger<DatabaseMigrator>>(),
            cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Migrates under a lock that ends with its holder, so a process killed during start-up never
    /// blocks the next start, and instances starting together migrate once. SQLite: a file lock beside the
    /// database (<see cref="SqliteMigrationGuard"/>); holding it, a row in EF Core's
    /// <c>__EFMigrationsLock</c> can only be a dead process's and is removed. PostgreSQL: a session
    /// advisory lock (the server drops it when the connection goes), and EF Core's own lock there is a
    /// table lock inside a transaction, which cannot outlive its connection either. Either way a start
    /// that cannot get the lock within <paramref name="timeout"/> fails, saying who holds it.
    /// </summary>
    public static async Task MigrateAsync(BuurtBotDbContext db, TimeSpan timeout, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(logger);
        if (db.Database.IsNpgsql())
        {
            await MigratePostgresAsync(db, timeout, time, logger, cancellationToken);
            return;
        }

        using var guard = await SqliteMigrationGuard.AcquireAsync(db.Database.GetConnectionString()!, timeout, time, cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // WAL lets the web chat read while a turn writes; it is stored in the file, so once is enough.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
            if (guard is not null)
            {
                await ReleaseStaleSqliteLockAsync(db, logger, cancellationToken);
            }

            await ApplyAsync(db, logger, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task ReleaseStaleSqliteLockAsync(BuurtBotDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await using var find = connection.CreateCommand();
        find.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'";
        if (Convert.ToInt64(await find.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return;
        }

        await using var release = connection.CreateCommand();
        release.CommandText = "DELETE FROM \"__EFMigrationsLock\" RETURNING \"Timestamp\"";
        await using var reader = await release.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            LogStaleLockReleased(logger, reader.IsDBNull(0) ? "?" : reader.GetString(0));
        }
    }

    private static async Task MigratePostgresAsync(BuurtBotDbContext db, TimeSpan timeout, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        // Several instances on one PostgreSQL database start together: one migrates, the others wait for
        // the session advisory lock and then find nothing pending, instead of racing to create tables.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await LimitIdleSessionAsync(connection, cancellationToken);
            var deadline = time.GetUtcNow() + timeout;
            while (!await TryLockAsync(connection, cancellationToken))
            {
                if (time.GetUtcNow() > deadline)
                {
                    throw new TimeoutException(
                        $"Another process has held BuurtBot's migration lock on this PostgreSQL database for more than {timeout.TotalSeconds:0} s ({await HolderAsync(connection, cancellationToken)}). " +
                        "Wait for its migrations to finish or end that session (SELECT pg_terminate_backend(pid)); raise Storage:MigrationLockTimeout if they really take this long.");
                }

                await Task.Delay(TimeSpan.FromMilliseconds(200), time, cancellationToken);
            }

            try
            {
                await ApplyAsync(db, logger, cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// A host that loses power keeps its TCP connection open on the server's side until keep-alives
    /// give up (hours), and the advisory lock with it. An idle migrating session is a dead one (the
    /// migrations send statement after statement), so the server ends it after a minute. The settings
    /// belong to this session; Npgsql resets them when the connection goes back to its pool.
    /// </summary>
    private static async Task LimitIdleSessionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT set_config('idle_in_transaction_session_timeout', '60s', false); " +
            "SELECT set_config('idle_session_timeout', '60s', false) WHERE current_setting('server_version_num')::int >= 140000;",
            connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT pg_try_advisory_lock({MigrationLockKey})", connection);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<string> HolderAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        // pg_locks splits a bigint advisory key into its high (classid) and low (objid) 32 bits.
        await using var command = new NpgsqlCommand(
            "SELECT 'pid ' || a.pid || ', client ' || COALESCE(host(a.client_addr), 'local') || ', ' || a.state || ' since ' || a.state_change " +
            "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid " +
            $"WHERE l.locktype = 'advisory' AND l.granted AND l.classid = {MigrationLockKey >> 32} AND l.objid = {MigrationLockKey & 0xFFFFFFFF} LIMIT 1",
            connection);
        return await command.ExecuteScalarAsync(cancellationToken) as string ?? "holder not visible to this user";
    }

    private static async Task ApplyAsync(BuurtBotDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        LogMigrated(logger, pending.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready; applied {Count} migration(s)")]
    private static partial void LogMigrated(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removed EF Core's migration lock taken at {Taken} by a process that stopped before it finished; migrating now")]
    private static partial void LogStaleLockReleased(ILogger logger, string taken);
}
