using BuurtBot.Dialogs.Messages;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using BuurtBot.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
    public async Task AWebChatStreamOnOneInstanceGetsWhatTheOtherInstanceWrites()
    {
        var database = await PostgresServer.CreateDatabaseAsync("instances");
        try
        {
            // A's keep-alive is far off, so only the relay can make A's stream look again in time.
            await using var a = new KestrelBuurtBotApp { PostgresConnectionString = database, UseWelcomeBot = true };
            a.Settings["WebChat:StreamKeepAliveSeconds"] = "600";
            await using var b = new KestrelBuurtBotApp { PostgresConnectionString = database, UseWelcomeBot = true };
            var atA = await DirectLineClient.StartAsync(new HttpClient { BaseAddress = a.BaseAddress });
            await using var stream = await DirectLineStreamClient.ConnectAsync(atA.StreamUrl);
            await stream.ReceiveBotMessagesAsync(1);

            // A line written on B without a turn (as a coordinator's reply is): only B's notifier hears it.
            var conversationId = await b.QueryAsync(db => db.Conversations.Where(c => c.ChannelConversationId == atA.ConversationId).Select(c => c.Id).SingleAsync());
            await using (var scope = b.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
                db.Transcript.Add(new TranscriptEntry
                {
                    ConversationId = conversationId,
                    Author = TranscriptAuthor.Coordinator,
                    AuthorName = "Coördinator",
                    Text = "Hallo, ik kijk even mee.",
                    Payload = MessageJson.Serialize(new OutboundMessage { Text = "Hallo, ik kijk even mee." }),
                    TimestampUtc = DateTime.UtcNow,
                });
                await db.SaveChangesAsync();
                scope.ServiceProvider.GetRequiredService<TranscriptNotifier>().Notify(conversationId);
            }

            await stream.ReceiveBotMessagesAsync(2, TimeSpan.FromSeconds(10));

            // And a message posted to B: its echo and the bot's reply arrive on A's stream.
            var atB = atA.Reconnect(new HttpClient { BaseAddress = b.BaseAddress });
            await atB.SayAsync("hallo");
            await stream.ReceiveBotMessagesAsync(3, TimeSpan.FromSeconds(10));

            Assert.Equal("Hallo, ik kijk even mee.", stream.Activities[1]["text"]!.GetValue<string>());
            Assert.Equal("coordinator", stream.Activities[1]["from"]!["id"]!.GetValue<string>());
            Assert.Equal(["bot", "bot", "user", "bot"], stream.Activities.Select(x => x["from"]!["role"]!.GetValue<string>()));
            Assert.Equal(4, stream.Activities.Select(x => x["id"]!.GetValue<string>()).Distinct().Count());
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
