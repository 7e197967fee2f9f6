using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Storage;

/// <summary>
/// Checkpoints the SQLite WAL off the request path: a PASSIVE checkpoint every
/// <see cref="StorageOptions.CheckpointEvery"/> copies what it can without waiting for anyone.
/// The connections' own automatic checkpoint stays as a safety net, at a larger WAL
/// (<see cref="SqlitePragmas"/>), should this loop fall behind.
/// </summary>
internal sealed partial class SqliteCheckpointer(
    IServiceScopeFactory scopes,
    IOptions<StorageOptions> options,
    StorageHealth health,
    TimeProvider time,
    ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Provider != StorageProvider.Sqlite)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.CheckpointEvery, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
                    await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(PASSIVE);", stoppingToken);
                    // Copying the WAL into the file (which grows it) worked: the disk has room again.
                    health.Recovered();
                }
                catch (Exception ex) when (StorageFaults.IsResourceFault(ex))
                {
                    health.Faulted(ex);
                    LogCheckpointFailedForRoom(ex.GetBaseException().Message);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogCheckpointFailed(ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Background WAL checkpoint failed: the database cannot take writes ({Reason}); /health/ready fails until one succeeds")]
    private partial void LogCheckpointFailedForRoom(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Background WAL checkpoint failed; the next one tries again")]
    private partial void LogCheckpointFailed(Exception exception);
}
