using System.Collections.Concurrent;
using BuurtBot.Monitoring;
using BuurtBot.Monitoring.CheckIns;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Quartz;

namespace BuurtBot.Tests.Scheduling;

/// <summary>
/// Two hosts in this process on one PostgreSQL database, each with the real scheduler (clustered
/// ADO.NET job store) and a one-minute cadence in real time: a check-in that falls due is fired by
/// one instance only, and still fired when the instance holding it stops. Each test has a database of its own.
/// </summary>
public sealed class ClusteredQuartzTests
{
    [Fact]
    public async Task TwoInstancesStartingTogetherSendADueCheckInExactlyOnce()
    {
        var database = await PostgresServer.CreateDatabaseAsync("cluster");
        var fired = new CheckInFirings();
        try
        {
            await using var a = App(database);
            await using var b = App(database);
            // Started side by side: both provision the qrtz_* tables at once, and the loser of that race must still start.
            await Task.WhenAll(Task.Run(a.CreateClient), Task.Run(b.CreateClient));
            var schedulerA = await SchedulerAsync(a, fired);
            var schedulerB = await SchedulerAsync(b, fired);
            Assert.True((await schedulerA.GetMetadata()).JobStoreClustered);
            Assert.NotEqual(schedulerA.SchedulerInstanceId, schedulerB.SchedulerInstanceId);
            Assert.Equal(2, await ScalarAsync(database, "SELECT count(*) FROM qrtz_scheduler_state"));

            // Uitvoering started 60 s ago with a 65 s cadence: the first check-in is due 5 s from now.
            var (conversationId, initiatief) = await a.SeedDealAsync(DateTime.UtcNow.AddSeconds(-60));
            await schedulerA.TriggerJob(PlanCheckInsJob.Key);
            await MonitoringApp.WaitUntilAsync(async () => await schedulerB.GetTrigger(MonitoringTriggers.CheckInKey(initiatief.Id)) is not null);

            await MonitoringApp.WaitUntilAsync(async () => await SentToAsync(a, conversationId) > 0, seconds: 30);
            // Long enough for a second firing by the other instance (they poll every idle wait, and the trigger fires again only after the cadence).
            await Task.Delay(TimeSpan.FromSeconds(3));

            Assert.Single(fired.All);
            var item = Assert.Single(await a.InboxAsync(conversationId));
            Assert.StartsWith("checkin:", item.ChannelMessageId, StringComparison.Ordinal);
            // Every reply the resident got answers that one check-in, and each was sent once.
            var replies = await a.WithDbAsync(db => db.Outbox.AsNoTracking().Where(o => o.ConversationId == conversationId).ToListAsync());
            Assert.NotEmpty(replies);
            Assert.All(replies, reply => Assert.Equal(item.ChannelMessageId, reply.ReplyToChannelMessageId));
            Assert.All(replies, reply => Assert.Equal(OutboxStatus.Sent, reply.Status));
            Assert.All(replies, reply => Assert.Equal(1, reply.Attempts));
            Assert.Contains(await a.RepliesAsync(conversationId), reply => reply.StartsWith("Hoe gaat het met: ", StringComparison.Ordinal));
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public async Task WhenTheInstanceHoldingADueCheckInStopsTheOtherSendsIt()
    {
        var database = await PostgresServer.CreateDatabaseAsync("cluster");
        var fired = new CheckInFirings();
        try
        {
            await using var a = App(database);
            var b = App(database);
            try
            {
                a.CreateClient();
                b.CreateClient();
                var schedulerA = await SchedulerAsync(a, fired);
                var schedulerB = await SchedulerAsync(b, fired);
                var instances = new Dictionary<string, MonitoringApp>
                {
                    [schedulerA.SchedulerInstanceId] = a,
                    [schedulerB.SchedulerInstanceId] = b,
                };

                // Due 12 s from now: time to see which instance acquires the trigger and to stop it first.
                var (conversationId, initiatief) = await a.SeedDealAsync(DateTime.UtcNow.AddSeconds(-53));
                await schedulerB.TriggerJob(PlanCheckInsJob.Key);
                var trigger = MonitoringTriggers.CheckInKey(initiatief.Id).Name;
                string? holder = null;
                await MonitoringApp.WaitUntilAsync(async () => (holder = await HolderAsync(database, trigger)) is not null, seconds: 10);
                var survivor = instances[holder!] == a ? b : a;
                var survivorId = instances.Single(i => i.Value == survivor).Key;

                // The holder stops before the check-in is due: it gives the trigger back, the other fires it.
                if (instances[holder!] == b)
                {
                    await b.DisposeAsync();
                }
                else
                {
                    await a.DisposeAsync();
                }

                Assert.Empty(fired.All);
                await MonitoringApp.WaitUntilAsync(async () => await SentToAsync(survivor, conversationId) > 0, seconds: 45);
                await Task.Delay(TimeSpan.FromSeconds(1));

                Assert.Equal([survivorId], fired.All);
                var item = Assert.Single(await survivor.InboxAsync(conversationId));
                Assert.StartsWith("checkin:", item.ChannelMessageId, StringComparison.Ordinal);
            }
            finally
            {
                await b.DisposeAsync();
            }
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(database);
        }
    }

    private static MonitoringApp App(string database)
    {
        var app = new MonitoringApp(quartz: true) { PostgresConnectionString = database };
        app.Settings["Scheduling:CheckInEvery"] = "00:01:05";
        app.Settings["Scheduling:MisfireThreshold"] = "00:01:00";
        app.Settings["Scheduling:QuietHoursStart"] = "00:00:00";
        app.Settings["Scheduling:QuietHoursEnd"] = "00:00:00";
        app.Settings["Scheduling:QuietDays"] = "";
        return app;
    }

    private static async Task<IScheduler> SchedulerAsync(MonitoringApp app, CheckInFirings fired)
    {
        var scheduler = await ((ISchedulerFactory)app.Services.GetService(typeof(ISchedulerFactory))!).GetScheduler();
        await MonitoringApp.WaitUntilAsync(() => Task.FromResult(scheduler.Status == SchedulerStatus.Running));
        scheduler.ListenerManager.AddJobListener(fired, [Matchers.AllJobs()]);
        return scheduler;
    }

    private static Task<int> SentToAsync(MonitoringApp app, Guid conversationId) =>
        app.WithDbAsync(db => db.Outbox.CountAsync(o => o.ConversationId == conversationId && o.Status == OutboxStatus.Sent));

    /// <summary>The instance that has acquired the trigger and waits for its fire time (Quartz's own bookkeeping).</summary>
    private static async Task<string?> HolderAsync(string database, string triggerName)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT instance_name FROM qrtz_fired_triggers WHERE trigger_name = @name AND state = 'ACQUIRED'", connection);
        command.Parameters.AddWithValue("name", triggerName);
        return (string?)await command.ExecuteScalarAsync();
    }

    private static async Task<long> ScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Which instance ran each check-in job, over all instances.</summary>
    private sealed class CheckInFirings : IJobListener
    {
        private readonly ConcurrentQueue<string> _instances = new();

        public string Name => "check-in firings";

        public IReadOnlyList<string> All => [.. _instances];

        public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
        {
            if (context.JobDetail.Key.Equals(CheckInJob.Key))
            {
                _instances.Enqueue(context.Scheduler.SchedulerInstanceId);
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default) =>
            ValueTask.CompletedTask;
    }
}
