using BuurtBot.Monitoring;
using BuurtBot.Monitoring.CheckIns;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Microsoft.Data.Sqlite;
using Quartz;

namespace BuurtBot.Tests.Scheduling;

/// <summary>
/// The real scheduler on its persistent store, with a one-minute cadence and no quiet hours so
/// that real time can be used: schedules survive a restart, and a check-in due while the bot was
/// down is sent exactly once after it comes back. On SQLite (the scheduler's own file) and on
/// PostgreSQL (the clustered store in the app's database; each start is a new cluster node).
/// </summary>
public sealed class QuartzRestartTests : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"buurtbot-quartz-{Guid.NewGuid():N}.db");
    private string? _postgres;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_postgres is not null)
        {
            await PostgresServer.DropDatabaseAsync(_postgres);
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database.Replace(".db", "-scheduler.db", StringComparison.Ordinal) })
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(file + suffix);
            }
        }
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task ACheckInDueWhileTheBotWasDownIsSentExactlyOnceAfterStart(StorageProvider provider)
    {
        if (provider == StorageProvider.Postgres)
        {
            _postgres = await PostgresServer.CreateDatabaseAsync("quartz");
        }

        Guid conversationId;
        Guid initiatiefId;
        await using (var before = Start())
        {
            // Uitvoering started 60 s ago with a 65 s cadence: the first check-in is due 5 s from now.
            var seeded = await before.SeedDealAsync(DateTime.UtcNow.AddSeconds(-60));
            (conversationId, initiatiefId) = (seeded.ConversationId, seeded.Initiatief.Id);
            var scheduler = await GetSchedulerAsync(before);
            await scheduler.TriggerJob(PlanCheckInsJob.Key);
            await MonitoringApp.WaitUntilAsync(async () => await scheduler.GetTrigger(MonitoringTriggers.CheckInKey(initiatiefId)) is not null);
            if (provider == StorageProvider.Sqlite)
            {
                Assert.Equal("wal", await JournalModeAsync());
            }
            else
            {
                Assert.False(File.Exists(_database.Replace(".db", "-scheduler.db", StringComparison.Ordinal)), "On PostgreSQL the scheduler keeps no SQLite file.");
            }
        }

        // Down for longer than the due time plus the misfire threshold.
        await Task.Delay(TimeSpan.FromSeconds(8));

        await using (var after = Start())
        {
            await MonitoringApp.WaitUntilAsync(async () => (await after.InboxAsync(conversationId)).Count > 0, seconds: 20);
            await Task.Delay(TimeSpan.FromSeconds(2));
            var item = Assert.Single(await after.InboxAsync(conversationId));
            Assert.StartsWith("checkin:", item.ChannelMessageId, StringComparison.Ordinal);
        }

        // A second restart sends nothing more: the round is in the past and the next is a cadence away.
        await using (var again = Start())
        {
            var scheduler = await GetSchedulerAsync(again);
            await scheduler.TriggerJob(PlanCheckInsJob.Key);
            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.Single(await again.InboxAsync(conversationId));
        }
    }

    private MonitoringApp Start()
    {
        var app = new MonitoringApp(quartz: true, databasePath: _database) { PostgresConnectionString = _postgres };
        app.Settings["Scheduling:CheckInEvery"] = "00:01:05";
        app.Settings["Scheduling:MisfireThreshold"] = "00:00:01";
        app.Settings["Scheduling:QuietHoursStart"] = "00:00:00";
        app.Settings["Scheduling:QuietHoursEnd"] = "00:00:00";
        app.Settings["Scheduling:QuietDays"] = "";
        app.CreateClient();
        return app;
    }

    private static async Task<IScheduler> GetSchedulerAsync(MonitoringApp app)
    {
        var scheduler = await ((ISchedulerFactory)app.Services.GetService(typeof(ISchedulerFactory))!).GetScheduler();
        await MonitoringApp.WaitUntilAsync(() => Task.FromResult(scheduler.Status == SchedulerStatus.Running));
        return scheduler;
    }

    private async Task<string?> JournalModeAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_database.Replace(".db", "-scheduler.db", StringComparison.Ordinal)}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        return (string?)await command.ExecuteScalarAsync();
    }
}
