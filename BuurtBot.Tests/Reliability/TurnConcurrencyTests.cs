using BuurtBot.Dialogs.Messages;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using BuurtBot.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Reliability;

/// <summary>Two turns of one conversation at the same moment never both apply; the resident still gets one coherent reply.</summary>
public sealed class TurnConcurrencyTests
{
    [Fact]
    public async Task TwoRunnersOnOneConversationApplyTheTurnOnce()
    {
        await using var app = new BuurtBotApp();
        var chat = await DirectLineClient.StartAsync(app.CreateClient());
        await chat.ReceiveBotMessagesAsync(2);
        var conversationId = await app.QueryAsync(db => db.Conversations.Where(c => c.ChannelConversationId == chat.ConversationId).Select(c => c.Id).SingleAsync());

        // Each answer is stored without waking the processor, then run by two runners from two scopes at once.
        string[] answers = ["Ja, dat is goed", "Nieuw initiatief", "Centrum"];
        string[] expectedQuestion = ["Wat wil je doen?", "In welke wijk", "En in welke buurt?"];
        for (var round = 0; round < answers.Length; round++)
        {
            var version = await app.QueryAsync(db => db.Conversations.Where(c => c.Id == conversationId).Select(c => c.Version).SingleAsync());
            var messageId = $"race-{round}";
            await app.QueryAsync(async db =>
            {
                db.Inbox.Add(new InboxItem
                {
                    Channel = "webchat",
                    ChannelMessageId = messageId,
                    ConversationId = conversationId,
                    Kind = InboundKind.Message,
                    Payload = MessageJson.Serialize(new InboundMessage { Text = answers[round] }),
                    ReceivedUtc = DateTime.UtcNow,
                });
                return await db.SaveChangesAsync();
            });

            using var start = new ManualResetEventSlim();
            var runs = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
            {
                await using var scope = app.Services.CreateAsyncScope();
                var runner = scope.ServiceProvider.GetRequiredService<TurnRunner>();
                start.Wait();
                return await runner.RunNextAsync(conversationId, CancellationToken.None);
            })).ToList();
            start.Set();
            var ran = await Task.WhenAll(runs);

            Assert.Equal(1, ran.Count(r => r.Ran));
            var item = await app.QueryAsync(db => db.Inbox.SingleAsync(i => i.ChannelMessageId == messageId));
            Assert.NotNull(item.ProcessedUtc);
            Assert.Equal(1, item.Attempts);
            Assert.Equal(version + 1, await app.QueryAsync(db => db.Conversations.Where(c => c.Id == conversationId).Select(c => c.Version).SingleAsync()));
            var replies = await app.QueryAsync(db => db.Outbox.Where(o => o.ReplyToChannelMessageId == messageId).OrderBy(o => o.Id).ToListAsync());
            var texts = replies.Select(r => MessageJson.ReadOutbound(r.Payload).Text ?? "").ToList();
            Assert.Single(texts, t => t.StartsWith(expectedQuestion[round], StringComparison.Ordinal));
            Assert.Equal(texts.Count, texts.Distinct().Count());
        }
    }

    [Fact]
    public async Task TwoMessagesOfOneConversationAtOnceAreTakenInTurn()
    {
        await using var app = new BuurtBotApp();
        var chat = await DirectLineClient.StartAsync(app.CreateClient());
        await chat.ReceiveBotMessagesAsync(2);

        // Consent and the menu choice arrive together: both are stored and run one after the other.
        await Task.WhenAll(chat.SayAsync("Ja, dat is goed"), chat.SayAsync("Ja, dat is goed"));
        var conversationId = await app.QueryAsync(db => db.Conversations.Where(c => c.ChannelConversationId == chat.ConversationId).Select(c => c.Id).SingleAsync());
        await TelegramBotApp.EventuallyAsync(() => app.QueryAsync(db => db.Inbox.Where(i => i.ConversationId == conversationId).AllAsync(i => i.ProcessedUtc != null)), "both turns ran");

        var items = await app.QueryAsync(db => db.Inbox.Where(i => i.ConversationId == conversationId && i.Kind == InboundKind.Message).ToListAsync());
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal(1, i.Attempts));
        foreach (var item in items)
        {
            // Each message had its own turn with its own single question at the end.
            var replies = await app.QueryAsync(db => db.Outbox.Where(o => o.ReplyToChannelMessageId == item.ChannelMessageId).ToListAsync());
            Assert.NotEmpty(replies);
            Assert.Single(replies, r => MessageJson.ReadOutbound(r.Payload).Choices.Count > 0);
        }
    }
}
