using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using BuurtBot.Turns;
using Microsoft.EntityFrameworkCore;
using static BuurtBot.Tests.Testing.TelegramBotApp;

namespace BuurtBot.Tests.Reliability;

/// <summary>The Telegram Bot API answers 503 and then 429 for a while: the outbox holds every reply and drains them in order.</summary>
public sealed class TelegramOutageTests
{
    [Fact]
    public async Task RepliesWaitOutA503And429OutageAndGoOutInOrder()
    {
        await using var telegram = await FakeTelegramApi.StartAsync();
        await using var app = Create(telegram, webhook: true);
        using var http = app.CreateClient();
        await telegram.WaitForAsync("setWebhook");
        telegram.FailNext("sendMessage", 4, 503, "Service Unavailable");
        telegram.FailNext("sendMessage", 4, 429, "Too Many Requests: retry after 1", retryAfter: 1);

        for (var i = 1; i <= 4; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook")
            {
                Content = new StringContent(TelegramUpdates.Text(i, $"bericht {i}").ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", WebhookSecret);
            (await http.SendAsync(request)).EnsureSuccessStatusCode();
        }

        // During the outage every turn still runs and its replies wait in the outbox.
        await EventuallyAsync(() => app.QueryAsync(db => db.Inbox.CountAsync(i => i.ProcessedUtc != null)).ContinueWith(t => t.Result == 4), "all four turns ran");
        await EventuallyAsync(
            () => app.QueryAsync(async db => await db.Outbox.AllAsync(o => o.Status == OutboxStatus.Sent)),
            "the outbox drained", TimeSpan.FromSeconds(45));

        var outbox = await app.QueryAsync(db => db.Outbox.OrderBy(o => o.Id).ToListAsync());
        var sent = telegram.Succeeded("sendMessage");
        Assert.Equal(8, telegram.Calls.Count(c => c.Method == "sendMessage" && c.StatusCode is 503 or 429));
        Assert.Equal(outbox.Select(o => MessageJson.ReadOutbound(o.Payload).Text), sent.Select(TextOf));
        Assert.Contains(outbox, o => o.Attempts > 1);
        Assert.All(outbox, o => Assert.Equal(OutboxStatus.Sent, o.Status));
    }
}
