using BuurtBot.Storage;
using Microsoft.Extensions.Options;

namespace BuurtBot.Channels.WebChat;

/// <summary>
/// Deletes the shared minute counts once they no longer count (every instance does it; it is one
/// indexed delete a minute, and a second delete finds nothing).
/// </summary>
public sealed partial class SharedClientRateCleanup(SharedClientRate rate, IOptions<StorageOptions> storage, TimeProvider time, ILogger<SharedClientRateCleanup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (storage.Value.Provider != StorageProvider.Postgres)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await rate.DeleteOldAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogCleanupFailed(ex.GetBaseException().Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Old shared client counts could not be deleted ({Reason}); trying again in a minute")]
    private partial void LogCleanupFailed(string reason);
}
