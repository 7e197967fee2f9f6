using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Channels.WebChat;

/// <summary>Points where Direct Line 3.0's documentation says what a start and a reconnect answer, checked against the host.</summary>
public sealed class DirectLineConformanceTests : IAsyncDisposable
{
    private readonly KestrelBuurtBotApp _app = new() { UseWelcomeBot = true };

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task TheLocaleInTheStartBodyIsTheConversationsLanguage()
    {
        var (id, _) = await StartAsync(body: """{"user":{"id":"u1"},"locale":"en-GB"}""", acceptLanguage: "nl-NL");

        Assert.Equal("en-GB", await LocaleAsync(id));
    }

    [Fact]
    public async Task AWildcardAcceptLanguageIsNoLanguage()
    {
        var (id, _) = await StartAsync(body: null, acceptLanguage: "*");

        Assert.Equal("nl-NL", await LocaleAsync(id));
    }

    [Fact]
    public async Task ASecondStartWithTheSameTokenAnswers200AndGreetsOnce()
    {
        var (id, token) = await StartAsync(body: null, acceptLanguage: null);

        var again = await PostStartAsync(token, body: null, acceptLanguage: null);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(id, JsonNode.Parse(await again.Content.ReadAsStringAsync())!["conversationId"]!.GetValue<string>());
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        Assert.Equal(1, await db.Conversations.CountAsync(c => c.ChannelConversationId == id));
    }

    [Fact]
    public async Task AReconnectWithoutAWatermarkReplaysNothing()
    {
        var resident = await DirectLineClient.StartAsync(new HttpClient { BaseAddress = _app.BaseAddress });
        await resident.SayAsync("hallo");
        await resident.ReceiveBotMessagesAsync(2);

        await resident.ReconnectStreamAsync(watermark: null);
        await using var stream = await DirectLineStreamClient.ConnectAsync(resident.StreamUrl);
        await resident.SayAsync("privacy");
        await stream.ReceiveBotMessagesAsync(1);

        Assert.Equal(["privacy"], stream.Activities.Where(a => !DirectLineStreamClient.IsFromBot(a)).Select(a => a["text"]!.GetValue<string>()));
        Assert.Equal(2, stream.Activities.Count);
    }

    private async Task<(string Id, string Token)> StartAsync(string? body, string? acceptLanguage)
    {
        var http = new HttpClient { BaseAddress = _app.BaseAddress };
        var token = JsonNode.Parse(await (await http.PostAsync("/v3/directline/tokens/generate", null)).Content.ReadAsStringAsync())!["token"]!.GetValue<string>();
        var response = await PostStartAsync(token, body, acceptLanguage);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (JsonNode.Parse(await response.Content.ReadAsStringAsync())!["conversationId"]!.GetValue<string>(), token);
    }

    private async Task<HttpResponseMessage> PostStartAsync(string token, string? body, string? acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        return await new HttpClient { BaseAddress = _app.BaseAddress }.SendAsync(request);
    }

    private async Task<string> LocaleAsync(string id)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        return await db.Conversations.Where(c => c.ChannelConversationId == id).Select(c => c.Locale).SingleAsync();
    }
}
