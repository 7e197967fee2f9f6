using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using BuurtBot.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BuurtBot.Tests.Channels.WebChat;

/// <summary>
/// Tokens as directlinejs needs them: a token past its time gets 403 "TokenExpired" (the only answer it reads
/// as "expired", so the page can start afresh); a forged one stays 401; lifetimes fit its 15-minute refresh.
/// </summary>
public sealed class DirectLineTokenTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly BuurtBotApp _app;

    public DirectLineTokenTests() =>
        _app = new BuurtBotApp { UseWelcomeBot = true, ConfigureServices = services => services.AddSingleton<TimeProvider>(_clock) };

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task AnExpiredTokenGets403TokenExpiredEverywhere()
    {
        var resident = await DirectLineClient.StartAsync(_app.CreateClient());
        await resident.ReceiveBotMessagesAsync();
        _clock.Advance(TimeSpan.FromSeconds(1801));
        var id = resident.ConversationId;

        var answers = new[]
        {
            await Send(HttpMethod.Post, $"/v3/directline/conversations/{id}/activities", resident.Token, """{"type":"message","text":"hallo"}"""),
            await Send(HttpMethod.Get, $"/v3/directline/conversations/{id}/activities", resident.Token),
            await Send(HttpMethod.Get, $"/v3/directline/conversations/{id}?watermark=", resident.Token),
            await Send(HttpMethod.Post, "/v3/directline/tokens/refresh", resident.Token),
            await Send(HttpMethod.Post, "/v3/directline/conversations", resident.Token),
            await Send(HttpMethod.Get, $"/v3/directline/conversations/{id}/stream?t={Uri.EscapeDataString(resident.Token)}", null),
        };

        foreach (var response in answers)
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal("TokenExpired", body["error"]!["code"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task ATokenStillValidIsRefreshedForTheSameConversation()
    {
        var resident = await DirectLineClient.StartAsync(_app.CreateClient());
        _clock.Advance(TimeSpan.FromMinutes(15));

        var response = await Send(HttpMethod.Post, "/v3/directline/tokens/refresh", resident.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(resident.ConversationId, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["conversationId"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task AForgedOrDamagedTokenStays401(string token)
    {
        var resident = await DirectLineClient.StartAsync(_app.CreateClient());

        var post = await Send(HttpMethod.Post, $"/v3/directline/conversations/{resident.ConversationId}/activities", token, """{"type":"message","text":"hallo"}""");
        var refresh = await Send(HttpMethod.Post, "/v3/directline/tokens/refresh", token);

        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
    }

    [Fact]
    public async Task ADamagedCopyOfARealTokenStays401()
    {
        var resident = await DirectLineClient.StartAsync(_app.CreateClient());
        var damaged = resident.Token[..^4] + (resident.Token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        var response = await Send(HttpMethod.Get, $"/v3/directline/conversations/{resident.ConversationId}/activities", damaged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public void ALifetimeShorterThanDirectLineJsRefreshesStopsTheStart()
    {
        using var app = new BuurtBotApp { UseWelcomeBot = true };
        app.Settings["WebChat:TokenLifetimeSeconds"] = "60";

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("WebChat:TokenLifetimeSeconds", error.ToString(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, string? token, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }

        return await _app.CreateClient().SendAsync(request);
    }
}
