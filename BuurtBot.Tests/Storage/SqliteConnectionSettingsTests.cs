using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Storage;

/// <summary>What every SQLite connection of the app is set up with, on a real file.</summary>
public sealed class SqliteConnectionSettingsTests
{
    [Fact]
    public async Task AConnectionWaitsWithOurBusyHandlerAndEnforcesForeignKeys()
    {
        using var app = new BuurtBotApp();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();

        // sqlite3_busy_handler replaces the busy timeout, so the timeout reads 0 once ours is installed.
        Assert.Equal(0L, await db.ScalarAsync("PRAGMA busy_timeout;"));
        Assert.Equal(1L, await db.ScalarAsync("PRAGMA foreign_keys;"));
        // The group commit's WAL hook replaces SQLite's automatic checkpoint (itself a WAL hook, which the
        // pragma reports) and checkpoints at 10,000 pages as that one did; synchronous is NORMAL (1).
        Assert.Equal(0L, await db.ScalarAsync("PRAGMA wal_autocheckpoint;"));
        Assert.Equal(1L, await db.ScalarAsync("PRAGMA synchronous;"));
        Assert.Equal(-512L, await db.ScalarAsync("PRAGMA cache_size;"));
        Assert.Equal("wal", await db.ScalarAsync("PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task AWriteWaitsForAnotherConnectionsTransactionInsteadOfFailing()
    {
        using var app = new BuurtBotApp();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        var connectionString = db.Database.GetConnectionString();

        // Another writer holds the lock for a moment, as a turn's SaveChanges does.
        await using var holder = new SqliteConnection(connectionString);
        await holder.OpenAsync();
        await using var transaction = (SqliteTransaction)await holder.BeginTransactionAsync();
        await using (var insert = holder.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO CannedReplies (Title, Text) VALUES ('lock', 'held');";
            await insert.ExecuteNonQueryAsync();
        }

        // Microsoft.Data.Sqlite is synchronous: the waiting write blocks its thread, so it gets one of its own.
        var waiting = Task.Run(() => db.Database.ExecuteSqlRaw("INSERT INTO CannedReplies (Title, Text) VALUES ('waited', 'stored');"));
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted);
        await transaction.CommitAsync();

        await waiting.WaitAsync(TimeSpan.FromSeconds(9));
        Assert.Equal(2L, await db.ScalarAsync("SELECT count(*) FROM CannedReplies WHERE Title IN ('lock', 'waited');"));
    }
}
