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

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        LogMigrated(pending.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready; applied {Count} migration(s)")]
    private partial void LogMigrated(int count);
}
