using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Channels.WebChat;

/// <summary>
/// The per-address minute limits counted by all instances together, on PostgreSQL: each instance's own
/// limiter (<see cref="WebChatClientLimits"/>) alone would let N instances behind a proxy grant N times
/// the limit. One statement per token or conversation request: it counts the grant in this minute's row
/// only while this minute's count plus the previous minute's, weighted by how much of it still lies
/// within the last 60 seconds, stays within the limit (a sliding minute, as the local limiter). The row
/// lock of <c>ON CONFLICT DO UPDATE</c> makes two instances counting at once see each other.
/// On SQLite (one instance) the local limiter is the whole story.
/// </summary>
public sealed partial class SharedClientRate(IServiceScopeFactory scopes, IOptions<StorageOptions> storage, TimeProvider time, ILogger<SharedClientRate> logger)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private const string CountIfWithinLimit = """
        INSERT INTO "ClientRateWindows" AS w ("Kind", "AddressKey", "WindowStartUtc", "Count")
        SELECT @kind, @address, @window, 1
        WHERE COALESCE((SELECT p."Count" FROM "ClientRateWindows" p
                        WHERE p."Kind" = @kind AND p."AddressKey" = @address AND p."WindowStartUtc" = @previous), 0) * @weight + 1 <= @limit
        ON CONFLICT ("Kind", "AddressKey", "WindowStartUtc") DO UPDATE SET "Count" = w."Count" + 1
        WHERE COALESCE((SELECT p."Count" FROM "ClientRateWindows" p
                        WHERE p."Kind" = @kind AND p."AddressKey" = @address AND p."WindowStartUtc" = @previous), 0) * @weight + w."Count" + 1 <= @limit
        RETURNING w."Count";
        """;

    public bool Shared => storage.Value.Provider == StorageProvider.Postgres;

    /// <summary>
    /// Counts one grant for <paramref name="address"/>; null when granted, else how long until the sliding
    /// minute has room again. A database that cannot answer does not lock residents out: the local limit holds.
    /// </summary>
    public async Task<TimeSpan?> TryAcquireAsync(string kind, string address, int limit, CancellationToken cancellationToken)
    {
        if (!Shared)
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var window = new DateTime(now.Ticks - (now.Ticks % Window.Ticks), DateTimeKind.Utc);
        var weight = 1 - ((now - window) / Window);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
            await db.Database.OpenConnectionAsync(cancellationToken);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = CountIfWithinLimit;
            Add(command, "kind", kind);
            Add(command, "address", KeyOf(address));
            Add(command, "window", window);
            Add(command, "previous", window - Window);
            Add(command, "weight", weight);
            Add(command, "limit", (double)limit);
            var granted = await command.ExecuteScalarAsync(cancellationToken);
            return granted is null or DBNull ? window + Window - now : null;
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException)
        {
            LogUnavailable(kind, ex.GetBaseException().Message);
            return null;
        }
    }

    /// <summary>Rows whose minute ended more than a minute ago count for nothing any more.</summary>
    public async Task<int> DeleteOldAsync(CancellationToken cancellationToken)
    {
        var before = time.GetUtcNow().UtcDateTime - (2 * Window);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        return await db.Set<ClientRateWindow>().Where(w => w.WindowStartUtc < before).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// A pseudonym, not the address: SHA-256 with the app's prefix, first 16 bytes. Kept for two minutes,
    /// so an address cannot be followed over time from this table.
    /// </summary>
    public static string KeyOf(string address) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("buurtbot-client-rate:" + address)).AsSpan(0, 16));

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The shared {Kind} limit could not be counted ({Reason}); this instance's own limit still holds")]
    private partial void LogUnavailable(string kind, string reason);
}
