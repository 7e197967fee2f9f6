using BuurtBot.Admin.Handoff;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Storage;

/// <summary>
/// Storage:Durability=power-loss as a group commit: every commit returns only after a sync of the WAL
/// that started after it, and commits that finish during one sync share the next.
/// </summary>
public sealed class GroupCommitTests
{
    [Fact]
    public async Task EverySaveOfTheHostWaitsForASyncAndAReadWaitsForNone()
    {
        var flush = new GatedFlush();
        using var app = new BuurtBotApp();
        SqliteGroupCommit.For(app.DatabasePath, flush.Flush);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        Assert.Equal(1L, await db.ScalarAsync("PRAGMA synchronous;"));

        // While the disk has not confirmed the sync, the save has not returned (the host has not said "saved"):
        // a save of one row, on this context and on pooled ones the host hands out again.
        for (var i = 0; i < 3; i++)
        {
            await using var another = app.Services.CreateAsyncScope();
            var context = i == 0 ? db : another.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
            flush.Hold();
            context.CannedReplies.Add(new CannedReply { Title = i == 0 ? "a" : "again", Text = "b" });
            var save = Task.Run(() => context.SaveChangesAsync());
            await Task.Delay(300);
            Assert.False(save.IsCompleted);
            flush.Let();
            await save.WaitAsync(TimeSpan.FromSeconds(10));
        }

        // A raw write in a transaction of its own, as the data import makes, waits for its sync as well.
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        flush.Hold();
        var commit = Task.Run(async () =>
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO CannedReplies (Title, Text) VALUES ('c', 'd');";
            await insert.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        });
        await Task.Delay(300);
        Assert.False(commit.IsCompleted);
        flush.Let();
        await commit.WaitAsync(TimeSpan.FromSeconds(10));

        // A read commits nothing, so it waits for no sync, not even one that is held.
        flush.Hold();
        try
        {
            var count = await Task.Run(() => db.CannedReplies.AsNoTracking().CountAsync(r => r.Title == "a" || r.Title == "c"))
                .WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(2, count);
        }
        finally
        {
            flush.Let();
        }

        Assert.True(flush.Calls >= 2);
    }

    [Fact]
    public async Task ProcessCrashDurabilitySyncsOnlyAtCheckpoints()
    {
        var flush = new GatedFlush();
        using var app = new BuurtBotApp();
        app.Settings["Storage:Durability"] = "process-crash";
        SqliteGroupCommit.For(app.DatabasePath, flush.Flush);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();

        flush.Hold();
        try
        {
            db.CannedReplies.Add(new CannedReply { Title = "a", Text = "b" });
            await db.SaveChangesAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            flush.Let();
        }

        Assert.Equal(1L, await db.ScalarAsync("PRAGMA synchronous;"));
        Assert.Equal(0, flush.Calls);
    }

    [Fact]
    public async Task ACommitDuringASyncWaitsForTheNextOneWhichItSharesWithTheOthers()
    {
        using var firstStarted = new SemaphoreSlim(0);
        using var releaseFirst = new SemaphoreSlim(0);
        var flushes = 0;
        var wal = new WalFile("test-wal", _ =>
        {
            if (Interlocked.Increment(ref flushes) == 1)
            {
                firstStarted.Release();
                releaseFirst.Wait(TimeSpan.FromSeconds(10));
            }
        });

        // Threads of their own: each caller blocks, and the thread pool would start the later ones late.
        var first = OnOwnThread(wal.SyncAfterNow);
        Assert.True(await firstStarted.WaitAsync(TimeSpan.FromSeconds(10)));

        // Three commits finish while the first sync runs: it may have started before their WAL writes.
        var later = Enumerable.Range(0, 3).Select(_ => OnOwnThread(wal.SyncAfterNow)).ToArray();
        for (var waited = 0; wal.Commits < 4 && waited < 100; waited++)
        {
            await Task.Delay(50);
        }

        await Task.Delay(200);
        Assert.Equal(4L, wal.Commits);
        Assert.False(first.IsCompleted);
        Assert.All(later, t => Assert.False(t.IsCompleted));

        releaseFirst.Release();
        await first.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.WhenAll(later).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, flushes);
        Assert.Equal(2L, wal.Syncs);
        Assert.Equal(4L, wal.Commits);
    }

    [Fact]
    public void AfterAFailedSyncNothingIsAcknowledgedAgain()
    {
        var failing = true;
        var wal = new WalFile("test-wal", _ =>
        {
            if (failing)
            {
                throw new IOException("EIO");
            }
        });

        var error = Assert.Throws<IOException>(wal.SyncAfterNow);
        Assert.Equal("EIO", error.InnerException?.Message);

        // The kernel may have dropped the pages whose write-back failed: a later sync proves nothing.
        failing = false;
        Assert.Throws<IOException>(wal.SyncAfterNow);
        Assert.Equal(0L, wal.Syncs);
    }

    private static Task OnOwnThread(Action action) =>
        Task.Factory.StartNew(action, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>An fsync that the test can hold up, as a slow disk would.</summary>
    private sealed class GatedFlush
    {
        private readonly ManualResetEventSlim _open = new(initialState: true);
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public void Hold() => _open.Reset();

        public void Let() => _open.Set();

        public void Flush(string _)
        {
            Interlocked.Increment(ref _calls);
            _open.Wait(TimeSpan.FromSeconds(10));
        }
    }
}
