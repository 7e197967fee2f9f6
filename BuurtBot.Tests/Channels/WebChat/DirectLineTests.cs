using System.Net;
using System.Net.Http.Headers;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Channels.WebChat;

public sealed class DirectLineTests : IDisposable
{
    private readonly BuurtBotApp _app = new() { UseWelcomeBot = true };

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ResidentWhoSaysHalloGetsTheWelcomeWithTheMainMenu()
    {
        var resident = await DirectLineClient.StartAsync(_app.CreateClient());
        var welcome = (await resident.ReceiveBotMessagesAsync())[0];

        await resident.SayAsync("hallo");
        var reply = (await resident.ReceiveBotMessagesAsync())[0];

        Assert.Contains("BuurtBot", welcome["text"]!.GetValue<string>());
        Assert.Contains("BuurtBot", reply["text"]!.GetValue<string>());
        Assert.Equal(
            ["Nieuw initiatief", "Mijn initiatieven", "Praat met een buurtcoördinator", "Privacy"],
            DirectLineClient.ChoiceTitles(reply));
        // messageBack: Web Chat shows displayText (the title) in the resident's bubble and sends the value.
        Assert.All(DirectLineClient.ChoiceActions(reply), a =>
        {
            Assert.Equal("messageBack", a["type"]!.GetValue<string>());
            Assert.Equal(a["title"]!.GetValue<string>(), a["displayText"]!.GetValue<string>());
            Assert.Equal(a["title"]!.GetValue<string>(), a["text"]!.GetValue<string>());
        });
        Assert.Equal("plain", reply["textFormat"]!.GetValue<string>());
        Assert.Equal("expectingInput", reply["inputHint"]!.GetValue<string>());
        Assert.Contains(resident.Received, a => a["from"]!["role"]!.GetValue<string>() == "user" && a["text"]!.GetValue<string>() == "hallo");
    }

    [Fact]
    public async Task TheResidentsOwnMessageComesBackWithItsClientActivityId()
    {
        var resident = await DirectLineClient.StartAsync(_app.CreateClient());
        await resident.SayAsync("hallo", clientActivityId: "abc123");
        await resident.ReceiveBotMessagesAsync(2);

        var echo = resident.Received.Single(a => a["from"]!["role"]!.GetValue<string>() == "user");
        Assert.Equal("abc123", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.StartsWith(resident.ConversationId + "|", echo["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheSameMessagePostedThreeTimesIsProcessedOnce()
    {
        var resident = await DirectLineClient.StartAsync(_app.CreateClient());
        await resident.ReceiveBotMessagesAsync();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await resident.SayAsync("hallo", clientActivityId: "same-message"));
        }

        await resident.ReceiveBotMessagesAsync();
        await Task.Delay(300);
        await resident.GetActivitiesAsync();

        Assert.Single(ids.Distinct());
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        Assert.Equal(1, await db.Transcript.CountAsync(t => t.Author == TranscriptAuthor.Resident));
        Assert.Equal(2, await db.Transcript.CountAsync(t => t.Author == TranscriptAuthor.Bot));
    }

    [Fact]
    public async Task NoTokenIsUnauthorizedAndABadTokenToo()
    {
        var resident = await DirectLineClient.StartAsync(_app.CreateClient());
        var client = new DirectLineClient(_app.CreateClient());

        var none = await client.PostRawAsync("""{"type":"message","text":"hoi"}""", token: "", conversationId: resident.ConversationId);
        var forged = await client.PostRawAsync("""{"type":"message","text":"hoi"}""", token: "not-a-token", conversationId: resident.ConversationId);
        var noneGet = await client.GetActivitiesAsync(token: "", conversationId: resident.ConversationId);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noneGet.StatusCode);
        Assert.Contains("\"error\"", await forged.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ATokenOfOneConversationCannotOpenAnother()
    {
        var alice = await DirectLineClient.StartAsync(_app.CreateClient());
        var bob = await DirectLineClient.StartAsync(_app.CreateClient());

        var read = await alice.GetActivitiesAsync(watermark: "", conversationId: bob.ConversationId);
        var write = await alice.PostRawAsync("""{"type":"message","text":"hoi"}""", conversationId: bob.ConversationId);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }

    [Theory]
    [InlineData("{\"type\":\"message\",\"text\":", HttpStatusCode.BadRequest)]
    [InlineData("not json at all", HttpStatusCode.BadRequest)]
    [InlineData("[1,2,3]", HttpStatusCode.BadRequest)]
    [InlineData("null", HttpStatusCode.BadRequest)]
    [InlineData("{\"type\":\"invoke\",\"text\":\"hoi\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\":\"no type\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"type\":\"message\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"type\":\"message\",\"text\":42}", HttpStatusCode.BadRequest)]
    [InlineData("{\"type\":\"message\",\"location\":{\"latitude\":123,\"longitude\":5}}", HttpStatusCode.BadRequest)]
    public async Task MalformedActivitiesGetAClearErrorAndStoreNothing(string body, HttpStatusCode expected)
    {
        var resident = await DirectLineClient.StartAsync(_app.CreateClient());
        await resident.ReceiveBotMessagesAsync();
        var before = await CountStoredAsync();

        var response = await resident.PostRawAsync(body);

        Assert.Equal(expected, response.StatusCode);
        var error = await DirectLineClient.ReadJson(response);
        Assert.False(string.IsNullOrWhiteSpace(error["error"]!["message"]!.GetValue<string>()));
        Assert.Equal(before, await CountStoredAsync());
    }

    [Fact]
    public async Task TextOverFourThousandCharactersIsRefusedAndNothingStored()
    {
        var resident = await DirectLineClient.StartAsync(_app.CreateClient());
        await resident.ReceiveBotMessagesAsync();
        var before = await CountStoredAsync();

        var response = await resident.PostRawAsync($$"""{"type":"message","text":"{{new string('a', 4001)}}"}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("4000", (await DirectLineClient.ReadJson(response))["error"]!["message"]!.GetValue<string>());
        Assert.Equal(before, await CountStoredAsync());
    }

    [Fact]
    public async Task ABodyThatIsNotJsonContentTypeIsRefused()
    {
        var resident = await DirectLineClient.StartAsync(_app.CreateClient());

        var response = await resident.PostRawAsync("""{"type":"message","text":"hoi"}""", contentType: "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task MoreThanThirtyMessagesAMinuteAreToldToSlowDown()
    {
        var resident = await DirectLineClient.StartAsync(_app.CreateClient());
        await resident.ReceiveBotMessagesAsync();
        for (var i = 0; i < 30; i++)
        {
            await resident.SayAsync($"bericht {i}");
        }

        var before = await CountStoredAsync();
        var response = await resident.PostRawAsync("""{"type":"message","text":"nog een"}""");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("TooManyRequests", (await DirectLineClient.ReadJson(response))["error"]!["code"]!.GetValue<string>());
        Assert.Equal(before, await CountStoredAsync());
    }

    [Fact]
    public async Task AnUnknownWatermarkFormatIsABadRequest()
    {
        var resident = await DirectLineClient.StartAsync(_app.CreateClient());

        var response = await resident.GetActivitiesAsync(watermark: "abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ATokenCanBeRefreshedAndStillOpensTheSameConversation()
    {
        var http = _app.CreateClient();
        var resident = await DirectLineClient.StartAsync(http);
        using var refresh = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/refresh");
        refresh.Headers.Authorization = new AuthenticationHeaderValue("Bearer", resident.Token);

        var refreshed = await DirectLineClient.ReadJson(await http.SendAsync(refresh));
        var read = await resident.GetActivitiesAsync(token: refreshed["token"]!.GetValue<string>());

        Assert.Equal(resident.ConversationId, refreshed["conversationId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    private async Task<(int Inbox, int Transcript)> CountStoredAsync()
    {
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        return (await db.Inbox.CountAsync(), await db.Transcript.CountAsync(t => t.Author == TranscriptAuthor.Resident));
    }
}
