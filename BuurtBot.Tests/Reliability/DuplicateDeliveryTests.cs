using System.Net;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using static BuurtBot.Tests.Testing.TelegramBotApp;

namespace BuurtBot.Tests.Reliability;

/// <summary>Every inbound channel delivers the same message three times at once: it is processed once.</summary>
public sealed class DuplicateDeliveryTests
{
    [Fact]
    public async Task WebChatTheSameClientActivityIdThreeTimesIsOneTurn()
    {
        await using var app = new BuurtBotApp { UseWelcomeBot = true };
        var chat = await DirectLineClient.StartAsync(app.CreateClient());
        await chat.ReceiveBotMessagesAsync();

        var ids = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => chat.SayAsync("hallo", clientActivityId: "same-message")));

        Assert.Single(ids.Distinct());
        var messageId = $"{chat.ConversationId}:c:same-message";
        await EventuallyAsync(() => app.QueryAsync(db => db.Inbox.AllAsync(i => i.ProcessedUtc != null)), "the message is processed");
        Assert.Equal(1, await app.QueryAsync(db => db.Inbox.CountAsync(i => i.ChannelMessageId == messageId)));
        Assert.Equal(1, await app.QueryAsync(db => db.Transcript.CountAsync(t => t.ChannelMessageId == messageId)));
        await AssertOneTurnOfRepliesAsync(app, messageId);
    }

    [Fact]
    public async Task TelegramTheSameUpdateIdThreeTimesIsOneTurn()
    {
        await using var telegram = await FakeTelegramApi.StartAsync();
        await using var app = Create(telegram, webhook: true);
        using var http = app.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => PostUpdateAsync(http, TelegramUpdates.Text(7, "hallo"))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await EventuallyAsync(
            () => app.QueryAsync(async db => await db.Outbox.AnyAsync() && await db.Outbox.AllAsync(o => o.Status == OutboxStatus.Sent)),
            "the replies are out");
        var inbox = await app.InboxAsync();
        Assert.Single(inbox);
        await AssertOneTurnOfRepliesAsync(app, inbox[0].ChannelMessageId);
        Assert.Equal(await app.QueryAsync(db => db.Outbox.CountAsync()), telegram.Succeeded("sendMessage").Count);
    }

    [Fact]
    public async Task TeamsTheSameActivityIdThreeTimesIsOneTurn()
    {
        await using var teams = await TeamsTestChannel.StartAsync();
        var activity = teams.Message("hallo", id: "dup-activity-1");

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => teams.PostAsync(activity)));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode}"));
        await TeamsTestChannel.WaitUntilAsync(
            () => teams.QueryAsync(async db => await db.Outbox.AnyAsync() && await db.Outbox.AllAsync(o => o.Status == OutboxStatus.Sent)),
            "the replies are out");
        var inbox = await teams.QueryAsync(db => db.Inbox.ToListAsync());
        Assert.Single(inbox);
        await AssertOneTurnOfRepliesAsync(teams.App, inbox[0].ChannelMessageId);
        var outbox = await teams.QueryAsync(db => db.Outbox.CountAsync());
        Assert.Equal(outbox, (await teams.Connector.WaitForAsync(outbox)).Count);
    }

    /// <summary>The message's replies were made by one turn: one attempt, one timestamp, no two alike.</summary>
    private static async Task AssertOneTurnOfRepliesAsync(BuurtBotApp app, string channelMessageId)
    {
        var item = await app.QueryAsync(db => db.Inbox.SingleAsync(i => i.ChannelMessageId == channelMessageId));
        Assert.Equal(1, item.Attempts);
        var replies = await app.QueryAsync(db => db.Outbox.Where(o => o.ReplyToChannelMessageId == channelMessageId).ToListAsync());
        Assert.NotEmpty(replies);
        Assert.Single(replies.Select(r => r.CreatedUtc).Distinct());
        Assert.Equal(replies.Count, replies.Select(r => r.Payload).Distinct().Count());
    }

    private static Task<HttpResponseMessage> PostUpdateAsync(HttpClient http, System.Text.Json.Nodes.JsonObject update)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook")
        {
            Content = new StringContent(update.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", WebhookSecret);
        return http.SendAsync(request);
    }
}
