using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using static BuurtBot.Tests.Testing.TelegramBotApp;

namespace BuurtBot.Tests.Channels.Telegram;

public sealed class TelegramWebhookTests : IAsyncLifetime
{
    private FakeTelegramApi _telegram = null!;
    private BuurtBotApp _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _telegram = await FakeTelegramApi.StartAsync();
        _app = Create(_telegram, webhook: true);
        _http = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _telegram.DisposeAsync();
    }

    [Fact]
    public async Task AtStartTheBotRegistersItsWebhookWithTheSecretAndDoesNotPoll()
    {
        var registered = (await _telegram.WaitForAsync("setWebhook"))[0];

        Assert.Equal(WebhookUrl, registered.Body["url"]!.GetValue<string>());
        Assert.Equal(WebhookSecret, registered.Body["secret_token"]!.GetValue<string>());
        Assert.DoesNotContain(_telegram.Calls, c => c.Method == "getUpdates");
    }

    [Fact]
    public async Task AResidentChatsThroughTheWebhookAndTheTappedKeyboardGoes()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(TelegramUpdates.Text(1, "/start buurt_centrum"))).StatusCode);
        var welcome = (await _telegram.WaitForAsync("sendMessage"))[0];
        Assert.Contains("BuurtBot", TextOf(welcome));
        Assert.Equal(["Nieuw initiatief", "Mijn initiatieven", "Praat met een buurtcoördinator", "Privacy"], Buttons(welcome).Select(b => b.Title));

        var privacy = Buttons(welcome)[3];
        var tapped = await PostAsync(TelegramUpdates.Tap(2, MessageIdOf(welcome), privacy.Data));
        Assert.Equal(HttpStatusCode.OK, tapped.StatusCode);

        // Stored and the keyboard removed before the webhook call returned; the spinner is stopped by
        // the answerCallbackQuery in the webhook's response, which Telegram runs itself.
        var answer = JsonNode.Parse(await tapped.Content.ReadAsStringAsync())!;
        Assert.Equal("answerCallbackQuery", answer["method"]!.GetValue<string>());
        Assert.Equal("cbq-2", answer["callback_query_id"]!.GetValue<string>());
        Assert.Empty(_telegram.Succeeded("answerCallbackQuery"));
        Assert.Equal(MessageIdOf(welcome), MessageIdOf(_telegram.Succeeded("editMessageReplyMarkup").Single()));
        var replies = await _telegram.WaitForAsync("sendMessage", 2);
        Assert.Equal(4, Buttons(replies[1]).Count);
        var inbox = (await _app.InboxAsync()).Select(i => BuurtBot.Turns.MessageJson.ReadInbound(i.Payload)).ToList();
        Assert.Equal("buurt_centrum", inbox[0].StartPayload);
        Assert.Equal("Privacy", inbox[1].Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-secret")]
    [InlineData("test-secret_12")]
    public async Task AWrongOrMissingSecretIsUnauthorizedAndStoresNothing(string? secret)
    {
        var response = await PostAsync(TelegramUpdates.Text(1, "hallo"), secret: secret, sendSecret: secret is not null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await _app.InboxCountAsync());
    }

    [Theory]
    [InlineData("{\"update_id\":1,\"message\":")]
    [InlineData("not json at all")]
    [InlineData("[1,2,3]")]
    [InlineData("null")]
    [InlineData("{\"update_id\":\"one\"}")]
    public async Task MalformedJsonIsABadRequestAndStoresNothing(string body)
    {
        var response = await PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await _app.InboxCountAsync());
    }

    [Fact]
    public async Task AnUnknownUpdateTypeIsAcknowledgedAndIgnored()
    {
        var inline = await PostAsync(TelegramUpdates.InlineQuery(5));
        var future = await PostRawAsync("""{"update_id":6,"something_new":{"id":1}}""");
        var sticker = await PostRawAsync("""{"update_id":7,"message":{"message_id":1,"date":1,"chat":{"id":424242,"type":"private"},"sticker":{"file_id":"s","file_unique_id":"u","type":"regular","width":1,"height":1,"is_animated":false,"is_video":false}}}""");

        Assert.Equal(HttpStatusCode.OK, inline.StatusCode);
        Assert.Equal(HttpStatusCode.OK, future.StatusCode);
        Assert.Equal(HttpStatusCode.OK, sticker.StatusCode);
        Assert.Equal(0, await _app.InboxCountAsync());
    }

    [Fact]
    public async Task AnUpdateDeliveredThreeTimesIsStoredAndAnsweredOnce()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(TelegramUpdates.Text(9, "hallo"))).StatusCode);
        }

        await _telegram.WaitForAsync("sendMessage");
        await EventuallyAsync(async () => await _app.QueryAsync(db => db.Outbox.CountAsync(o => o.Status == BuurtBot.Storage.OutboxStatus.Pending)) == 0, "outbox drained");

        Assert.Equal(1, await _app.InboxCountAsync());
        Assert.Single(_telegram.Succeeded("sendMessage"));
    }

    [Fact]
    public async Task AResidentWhoBlocksTheBotIsUnreachableUntilTheyUnblock()
    {
        await PostAsync(TelegramUpdates.Text(1, "hallo"));
        await _telegram.WaitForAsync("sendMessage");

        await PostAsync(TelegramUpdates.MemberStatus(2, "kicked"));
        var blocked = await _app.QueryAsync(db => db.Conversations.SingleAsync());
        await PostAsync(TelegramUpdates.MemberStatus(3, "member"));
        var unblocked = await _app.QueryAsync(db => db.Conversations.SingleAsync());

        Assert.True(blocked.Unreachable);
        Assert.False(unblocked.Unreachable);
        Assert.Equal(1, await _app.InboxCountAsync());
    }

    private Task<HttpResponseMessage> PostAsync(JsonObject update, string? secret = WebhookSecret, bool sendSecret = true) =>
        PostRawAsync(update.ToJsonString(), secret, sendSecret);

    private Task<HttpResponseMessage> PostRawAsync(string body, string? secret = WebhookSecret, bool sendSecret = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (sendSecret)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        return _http.SendAsync(request);
    }
}
