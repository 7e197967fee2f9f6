using System.Net;
using BuurtBot.Tests.Testing;

namespace BuurtBot.Tests.Channels.WebChat;

/// <summary>CORS on Direct Line: the municipality's site (a configured origin) may call it from the browser; no other site may.</summary>
public sealed class DirectLineCorsTests : IDisposable
{
    private const string Site = "https://www.hilversum.example";
    private const string Stranger = "https://elders.example";

    private readonly BuurtBotApp _app = new() { UseWelcomeBot = true };

    public DirectLineCorsTests() => _app.Settings["WebChat:AllowedOrigins:0"] = Site + "/";

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task APreflightFromTheConfiguredSiteAllowsWhatWebChatSends()
    {
        var response = await _app.CreateClient().SendAsync(Preflight(Site, "/v3/directline/conversations"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Site, Single(response, "Access-Control-Allow-Origin"));
        var allowed = Single(response, "Access-Control-Allow-Headers")!.Split(',', StringSplitOptions.TrimEntries);
        Assert.Superset(new HashSet<string>(["authorization", "content-type", "x-ms-bot-agent", "x-requested-with"], StringComparer.OrdinalIgnoreCase),
            new HashSet<string>(allowed, StringComparer.OrdinalIgnoreCase));
        Assert.Contains("POST", Single(response, "Access-Control-Allow-Methods")!, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task TheSiteGetsAnAnonymousTokenWithItsAllowOrigin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
        request.Headers.Add("Origin", Site);

        var response = await _app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Site, Single(response, "Access-Control-Allow-Origin"));
        Assert.Contains("\"token\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnlistedSiteGetsNoCorsAnswerAtAll()
    {
        var http = _app.CreateClient();
        var preflight = await http.SendAsync(Preflight(Stranger, "/v3/directline/conversations"));
        using var generate = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
        generate.Headers.Add("Origin", Stranger);
        var token = await http.SendAsync(generate);

        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Headers"));
        Assert.False(token.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task OtherPagesAreNotOpenedToTheConfiguredSite()
    {
        var response = await _app.CreateClient().SendAsync(Preflight(Site, "/admin/aanmelden"));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("https://www.hilversum.example/chat")]
    [InlineData("https://*.hilversum.example")]
    [InlineData("www.hilversum.example")]
    public void AnOriginThatNoBrowserSendsStopsTheStart(string origin)
    {
        using var app = new BuurtBotApp { UseWelcomeBot = true };
        app.Settings["WebChat:AllowedOrigins:0"] = origin;

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("WebChat:AllowedOrigins", error.ToString(), StringComparison.Ordinal);
    }

    private static HttpRequestMessage Preflight(string origin, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent,x-requested-with");
        return request;
    }

    private static string? Single(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values) ? string.Join(",", values) : null;
}
