using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Storage;

/// <summary>
/// Creates or upgrades the database through migrations before anything else starts
/// (hosted services start in registration order, and storage registers first).
/// </summary>
internal sealed partial class DatabaseMigrator(IServiceScopeFactory scopes, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        if (db.Database.IsSqlite())
        {
            // WAL lets the web chat read while a turn writes; it is stored in the file, so once is enough.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
            await db.Database.CloseConnectionAsync();
        }

        // Several instances on one PostgreSQL database start together: one migrates, the others wait
        // on a session advisory lock and then find nothing pending, instead of racing to create tables.
        var postgres = db.Database.IsNpgsql();
        if (postgres)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
        }

        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            LogMigrated(pending.Count);
        }
        finally
        {
            if (postgres)
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    /// <summary>A key of our own for the migration lock: "BuurtBot" in ASCII.</summary>
    private const long MigrationLockKey = 0x4275757274426F74;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready; applied {Count} migration(s)")]
    private partial void LogMigrated(int count);
}
