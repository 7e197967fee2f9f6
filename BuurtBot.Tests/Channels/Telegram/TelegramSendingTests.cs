using BuurtBot.Dialogs.Messages;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using BuurtBot.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static BuurtBot.Tests.Testing.TelegramBotApp;

namespace BuurtBot.Tests.Channels.Telegram;

public sealed class TelegramSendingTests : IAsyncLifetime
{
    private FakeTelegramApi _telegram = null!;

    public async Task InitializeAsync() => _telegram = await FakeTelegramApi.StartAsync();

    public async Task DisposeAsync() => await _telegram.DisposeAsync();

    [Fact]
    public async Task A429IsRetriedAfterRetryAfterAndDeliveredOnce()
    {
        await using var app = Start(ScriptedBot.Echo);
        _telegram.FailNext("sendMessage", 1, 429, "Too Many Requests: retry after 1", retryAfter: 1);

        _telegram.QueueUpdates(TelegramUpdates.Text(1, "hallo"));
        var delivered = (await _telegram.WaitForAsync("sendMessage"))[0];

        var refused = _telegram.Calls.Single(c => c.Method == "sendMessage" && c.StatusCode == 429);
        Assert.True(delivered.At - refused.At >= TimeSpan.FromMilliseconds(950), $"retried after {delivered.At - refused.At}");
        Assert.Equal("echo hallo", TextOf(delivered));
        await EventuallyAsync(async () => await app.QueryAsync(db => db.Outbox.CountAsync(o => o.Status == OutboxStatus.Sent)) == 1, "reply marked sent");
        Assert.Single(_telegram.Succeeded("sendMessage"));
    }

    [Fact]
    public async Task AServerErrorStormThenRecoveryDeliversEveryReplyOnceAndInOrder()
    {
        await using var app = Start(ScriptedBot.Echo);
        _telegram.FailNext("sendMessage", 3, 502, "Bad Gateway");

        _telegram.QueueUpdates(TelegramUpdates.Text(1, "een"), TelegramUpdates.Text(2, "twee"), TelegramUpdates.Text(3, "drie"));
        await _telegram.WaitForAsync("sendMessage", 3, TimeSpan.FromSeconds(30));
        await EventuallyAsync(async () => await app.QueryAsync(db => db.Outbox.CountAsync(o => o.Status == OutboxStatus.Sent)) == 3, "all replies marked sent");

        Assert.Equal(["echo een", "echo twee", "echo drie"], _telegram.Succeeded("sendMessage").Select(TextOf));
        Assert.Equal(3, _telegram.Calls.Count(c => c.Method == "sendMessage" && c.StatusCode == 502));
    }

    [Fact]
    public async Task A403MarksTheResidentUnreachableAndStopsSendingToThem()
    {
        // Each with a button, so they stay two messages (texts of one turn are otherwise joined).
        await using var app = Start(new ScriptedBot(_ => [WithButton("een"), WithButton("twee")]));
        _telegram.FailNext("sendMessage", 1, 403, "Forbidden: bot was blocked by the user");

        _telegram.QueueUpdates(TelegramUpdates.Text(1, "hallo"));
        await EventuallyAsync(async () => await app.QueryAsync(db => db.Outbox.CountAsync(o => o.Status == OutboxStatus.Failed)) == 2, "both replies given up");

        Assert.True(await app.QueryAsync(db => db.Conversations.Select(c => c.Unreachable).SingleAsync()));
        Assert.Single(_telegram.Calls, c => c.Method == "sendMessage");
    }

    [Fact]
    public async Task ALongTextIsSplitOnParagraphsAndALongChoiceValueComesBackWhenTapped()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("De buurt plant bomen.", 80)); // 1,759 characters: two fit in one message, three do not
        var longValue = "initiatief:" + new string('x', 80);
        await using var app = Start(new ScriptedBot(m => m.Text == longValue
            ? [OutboundMessage.FromText("gekozen")]
            : [new OutboundMessage
            {
                Text = $"{paragraph}\n\n{paragraph}\n\n{paragraph}",
                Choices = [new ReplyChoice("Kort", "kort"), new ReplyChoice("Lang", longValue)],
            }]));

        _telegram.QueueUpdates(TelegramUpdates.Text(1, "hallo"));
        var parts = await _telegram.WaitForAsync("sendMessage", 2);
        await EventuallyAsync(async () => await app.QueryAsync(db => db.Outbox.CountAsync(o => o.Status == OutboxStatus.Sent)) == 1, "reply sent");

        Assert.Equal([paragraph + "\n\n" + paragraph, paragraph], _telegram.Succeeded("sendMessage").Select(TextOf));
        Assert.Empty(Buttons(parts[0]));
        var buttons = Buttons(parts[1]);
        Assert.Equal("v:kort", buttons[0].Data);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(buttons[1].Data) <= 64);

        _telegram.QueueUpdates(TelegramUpdates.Tap(2, MessageIdOf(parts[1]), buttons[1].Data));
        var replies = await _telegram.WaitForAsync("sendMessage", 3);

        Assert.Equal("gekozen", TextOf(replies[2]));
        Assert.Equal(longValue, MessageJson.ReadInbound((await app.InboxAsync())[1].Payload).Text);
    }

    [Fact]
    public async Task TypingBecomesAChatActionAndAFileADocument()
    {
        await using var app = Start(new ScriptedBot(_ =>
        [
            new OutboundMessage { Kind = OutboundKind.Typing },
            new OutboundMessage { Attachment = new OutboundAttachment("gegevens.json", "application/json", "{}"u8.ToArray()) },
        ]));

        _telegram.QueueUpdates(TelegramUpdates.Text(1, "mijn gegevens"));
        var typing = (await _telegram.WaitForAsync("sendChatAction"))[0];
        var document = (await _telegram.WaitForAsync("sendDocument"))[0];

        Assert.Equal("typing", typing.Body["action"]!.GetValue<string>());
        Assert.Equal("gegevens.json", document.Body["document"]!["file_name"]!.GetValue<string>());
        Assert.True(typing.At <= document.At);
    }

    [Fact]
    public async Task OneChatGetsAtMostAboutOneMessageASecond()
    {
        await using var app = Start(new ScriptedBot(_ => [WithButton("1"), WithButton("2"), WithButton("3")]),
            perChat: "1");

        _telegram.QueueUpdates(TelegramUpdates.Text(1, "hallo"));
        var sent = await _telegram.WaitForAsync("sendMessage", 3);

        Assert.True(sent[2].At - sent[0].At >= TimeSpan.FromMilliseconds(1800), $"three messages in {sent[2].At - sent[0].At}");
    }

    [Fact]
    public async Task UpdatesStoredButNotProcessedBeforeAStopAreProcessedAtTheNextStart()
    {
        var database = Path.Combine(Path.GetTempPath(), $"buurtbot-test-{Guid.NewGuid():N}.db");
        try
        {
            await using (var first = Start(ScriptedBot.Echo, database))
            {
                _telegram.QueueUpdates(TelegramUpdates.Text(1, "een"));
                await _telegram.WaitForAsync("sendMessage");
            }

            // As if the process died right after storing update 2: in the inbox, never processed.
            await using (var db = new BuurtBotDbContext(new DbContextOptionsBuilder<BuurtBotDbContext>().UseSqlite($"Data Source={database}").Options))
            {
                var conversation = await db.Conversations.SingleAsync();
                db.Inbox.Add(new InboxItem
                {
                    Channel = "telegram",
                    ChannelMessageId = "123456:2",
                    ConversationId = conversation.Id,
                    Payload = MessageJson.Serialize(InboundMessage.FromText("twee")),
                    ReceivedUtc = DateTime.UtcNow,
                });
                await db.SaveChangesAsync();
            }

            await using var second = Start(ScriptedBot.Echo, database);
            var replies = await _telegram.WaitForAsync("sendMessage", 2);

            Assert.Equal(["echo een", "echo twee"], replies.Select(TextOf));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(database + suffix);
            }
        }
    }

    private BuurtBotApp Start(IConversationBot bot, string? database = null, string? perChat = null)
    {
        var app = Create(_telegram, databasePath: database);
        if (perChat is not null)
        {
            app.Settings["Telegram:MessagesPerSecondPerChat"] = perChat;
        }

        app.ConfigureServices = services => services.AddSingleton(bot);
        _ = app.Services;
        return app;
    }

    private static OutboundMessage WithButton(string text) => new() { Text = text, Choices = [ReplyChoice.Of("Verder")] };
}
