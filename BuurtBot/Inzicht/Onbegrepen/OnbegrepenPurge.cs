using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Inzicht.Onbegrepen;

/// <summary>
/// Deletes misunderstood answers older than <see cref="Retention"/>, as the page promises. Run every hour by
/// <see cref="OnbegrepenPurgeJob"/>, so none is kept much past its 30 days; one indexed delete.
/// </summary>
public sealed partial class OnbegrepenPurge(BuurtBotDbContext db, OnbegrepenOptInSetting optIn, TimeProvider time, ILogger<OnbegrepenPurge> logger)
{
    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        // Switched off: nothing is kept, also not what another instance wrote before its cached opt-in expired.
        var on = (await optIn.CurrentAsync(cancellationToken))?.On == true;
        var before = time.GetUtcNow().UtcDateTime - Retention;
        var deleted = on
            ? await db.Set<OnbegrepenAntwoord>().Where(a => a.AtUtc < before).ExecuteDeleteAsync(cancellationToken)
            : await db.Set<OnbegrepenAntwoord>().ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            LogPurged(deleted);
        }

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} misunderstood answers (older than 30 days, or the keeping switched off)")]
    private partial void LogPurged(int count);
}
