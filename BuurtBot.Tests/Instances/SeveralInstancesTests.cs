using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Instances;

/// <summary>
/// Two BuurtBot hosts in this process on one PostgreSQL database, as two instances behind a proxy:
/// each test has a database of its own.
/// </summary>
public sealed class SeveralInstancesTests
{
    private const string WebChat = "webchat";

    [Fact]
    public async Task TwoInstancesShare200WebChatConversationsWithoutRunningATurnTwiceOrLosingOne()
    {
        var database = await PostgresServer.CreateDatabaseAsync("instances");
        var recorder = new TurnRecorder();
        try
        {
            using var a = new BuurtBotApp { PostgresConnectionString = database }.WithRecorder(recorder, "a", WebChat, TimeSpan.FromMilliseconds(1));
            using var b = new BuurtBotApp { PostgresConnectionString = database }.WithRecorder(recorder, "b", WebChat, TimeSpan.FromMilliseconds(1));
            _ = a.Services;
            _ = b.Services;

            // Message m of chat c arrives at instance (c + m) % 2: one conversation's turns are stored on both.
            var instances = new[] { a, b };
            await Parallel.ForEachAsync(Enumerable.Range(0, 200), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (chat, _) =>
            {
                for (var m = 0; m < 3; m++)
                {
                    await instances[(chat + m) % 2].StoreAsync(PipelineHost.Envelope($"chat-{chat}", $"c{chat}-m{m}", $"c{chat}-m{m}", WebChat));
                }
            });
            await recorder.WaitForAsync(r => r.Sends.Count >= 600, TimeSpan.FromSeconds(60));
            await a.WaitUntilIdleAsync();

            Assert.Equal(0, recorder.Overlaps);
            Assert.Equal(600, recorder.Turns.Count);
            Assert.Equal(600, recorder.Turns.Select(t => t.Text).Distinct().Count());
            Assert.Equal(600, recorder.Sends.Count);
            Assert.Equal(600, recorder.Sends.Select(s => s.Text).Distinct().Count());
            foreach (var conversation in recorder.Turns.GroupBy(t => t.ConversationId))
            {
                var chat = conversation.First().Text.Split('-')[0];
                Assert.Equal([$"{chat}-m0", $"{chat}-m1", $"{chat}-m2"], conversation.Select(t => t.Text));
            }

            foreach (var conversation in recorder.Sends.GroupBy(s => s.ConversationId))
            {
                var chat = conversation.First().Text.Split('-')[0];
                Assert.Equal([$"{chat}-m0", $"{chat}-m1", $"{chat}-m2"], conversation.Select(s => s.Text));
            }

            Assert.Equal(200, recorder.Turns.Select(t => t.ConversationId).Distinct().Count());
            Assert.Contains(recorder.Turns, t => t.Instance == "a");
            Assert.Contains(recorder.Turns, t => t.Instance == "b");
            Assert.All(await a.QueryAsync(db => db.Inbox.ToListAsync()), item => Assert.Equal(1, item.Attempts));
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public async Task WhenOneInstanceStopsMidWayTheOtherFinishesItsConversations()
    {
        var database = await PostgresServer.CreateDatabaseAsync("instances");
        var recorder = new TurnRecorder();
        try
        {
            using var b = new BuurtBotApp { PostgresConnectionString = database }.WithRecorder(recorder, "b", WebChat, TimeSpan.FromMilliseconds(5));
            _ = b.Services;
            var a = new BuurtBotApp { PostgresConnectionString = database }.WithRecorder(recorder, "a", WebChat, TimeSpan.FromMilliseconds(20));
            try
            {
                // Everything arrives at instance a, which then goes away with most of it still waiting.
                await Parallel.ForEachAsync(Enumerable.Range(0, 100), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (chat, _) =>
                {
                    for (var m = 0; m < 3; m++)
                    {
                        await a.StoreAsync(PipelineHost.Envelope($"chat-{chat}", $"c{chat}-m{m}", $"c{chat}-m{m}", WebChat));
                    }
                });
                await recorder.WaitForAsync(r => r.Turns.Count(t => t.Instance == "a") >= 20);
            }
            finally
            {
                a.Dispose();
            }

            await recorder.WaitForAsync(r => r.Sends.Select(s => s.Text).Distinct().Count() >= 300, TimeSpan.FromSeconds(60));
            await b.WaitUntilIdleAsync();

            Assert.Contains(recorder.Turns, t => t.Instance == "a");
            Assert.Contains(recorder.Turns, t => t.Instance == "b");
            Assert.Equal(0, recorder.Overlaps);
            // Whatever a was in the middle of when it stopped was not saved, so b ran it once more; every message is answered once.
            var inbox = await b.QueryAsync(db => db.Inbox.ToListAsync());
            Assert.Equal(300, inbox.Count);
            Assert.All(inbox, item => Assert.NotNull(item.ProcessedUtc));
            Assert.All(inbox, item => Assert.Equal(1, item.Attempts));
            var replies = await b.QueryAsync(db => db.Outbox.Select(o => new { o.ReplyToChannelMessageId, o.Status }).ToListAsync());
            Assert.Equal(300, replies.Count);
            Assert.Equal(300, replies.Select(r => r.ReplyToChannelMessageId).Distinct().Count());
            Assert.All(replies, r => Assert.Equal(OutboxStatus.Sent, r.Status));
            foreach (var conversation in recorder.Sends.DistinctBy(s => s.Text).GroupBy(s => s.ConversationId))
            {
                var chat = conversation.First().Text.Split('-')[0];
                Assert.Equal([$"{chat}-m0", $"{chat}-m1", $"{chat}-m2"], conversation.Select(s => s.Text));
            }
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(database);
        }
    }
}
