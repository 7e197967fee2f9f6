using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BuurtBot.Tests.Testing;

/// <summary>
/// The municipality's site: a second origin on loopback serving the README's Web Chat embed snippet, as
/// published, with two substitutions only: the bundle comes from npm (<c>botframework-webchat</c>'s
/// <c>dist/webchat.js</c>) instead of Microsoft's CDN, and <c>bot</c> is the BuurtBot host under test.
/// </summary>
public sealed class WebChatEmbedPage : IAsyncDisposable
{
    public const string CdnBundle = "https://cdn.botframework.com/botframework-webchat/4.18.1/webchat.js";
    public const string ReadmeBot = "https://buurtbot.hilversum.nl";

    private readonly LoopbackServer _server;
    private string? _html;

    private WebChatEmbedPage(LoopbackServer server) => _server = server;

    /// <summary>The site's origin, e.g. <c>http://127.0.0.1:41235</c> (no slash), for <c>WebChat:AllowedOrigins</c>.</summary>
    public string Origin => _server.BaseUri.GetLeftPart(UriPartial.Authority);

    public Uri Address => _server.BaseUri;

    public static async Task<WebChatEmbedPage> StartAsync()
    {
        WebChatEmbedPage? page = null;
        var bundle = TestClients.File("botframework-webchat/dist/webchat.js");
        var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/", () => page?._html is { } html
                ? Results.Content(html, "text/html; charset=utf-8")
                : Results.Problem("Call ShowChatOf(bot) first."));
            app.MapGet("/webchat.js", () => Results.File(bundle, "text/javascript"));
        });
        page = new WebChatEmbedPage(server);
        return page;
    }

    /// <summary>Puts the README's snippet on the site's page, talking to <paramref name="bot"/>.</summary>
    public void ShowChatOf(Uri bot)
    {
        var snippet = ReadmeSnippet();
        Assert.Contains(CdnBundle, snippet);
        Assert.Contains($"\"{ReadmeBot}\"", snippet);
        var body = snippet
            .Replace(CdnBundle, "/webchat.js", StringComparison.Ordinal)
            .Replace($"\"{ReadmeBot}\"", $"\"{bot.GetLeftPart(UriPartial.Authority)}\"", StringComparison.Ordinal);
        _html = $"<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Gemeente</title></head><body><h1>Gemeente</h1>{body}</body></html>";
    }

    /// <summary>The html block between the README's <c>webchat-embed</c> markers.</summary>
    public static string ReadmeSnippet()
    {
        var readme = File.ReadAllText(Path.Combine(TestClients.Folder, "..", "..", "README.md"));
        const string start = "<!-- webchat-embed:start -->";
        const string end = "<!-- webchat-embed:end -->";
        var from = readme.IndexOf(start, StringComparison.Ordinal);
        var to = readme.IndexOf(end, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, "README.md has no <!-- webchat-embed:start/end --> block.");
        var block = readme[(from + start.Length)..to].Trim();
        const string fence = "```html";
        Assert.StartsWith(fence, block);
        Assert.EndsWith("```", block);
        return block[fence.Length..^3].Trim();
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
