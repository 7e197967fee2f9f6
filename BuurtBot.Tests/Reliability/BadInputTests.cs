using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BuurtBot.Tests.Testing;
using CsCheck;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Reliability;

/// <summary>
/// Thousands of generated malformed, oversized, wrongly-typed and truncated payloads at every inbound
/// endpoint (seeded: a failure prints its seed, and the same seed replays it): never a 5xx, the host
/// keeps answering, and a rejected request stores nothing. Whether memory stays flat is a benchmark's
/// question, not this test's: the managed heap here is the whole test process's (hundreds of MB of
/// other tests' hosts), which moved by more than any bound worth asserting.
/// </summary>
public sealed partial class BadInputTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private const int Iterations = 2000;

    /// <summary>The largest generated body's text: past every endpoint's limit.</summary>
    private const int MaxOversized = 1_100_000;
    private FakeTelegramApi _telegram = null!;
    private BuurtBotApp _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _telegram = await FakeTelegramApi.StartAsync();
        _app = TelegramBotApp.Create(_telegram, webhook: true);
        _app.Settings["Teams:AllowUnauthenticated"] = "true";
        _app.Settings["Admin:SecureCookies"] = "false";
        _app.Settings["WebChat:MessagesPerMinute"] = "10000";
        _http = _app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
    }

    /// <summary>Swaps the in-process host for the real one on a loopback port (the admin pages need no Telegram).</summary>
    private async Task UseKestrelAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
        var kestrel = new KestrelBuurtBotApp();
        kestrel.Settings["Admin:SecureCookies"] = "false";
        _app = kestrel;
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, MaxConnectionsPerServer = 8 })
        {
            BaseAddress = kestrel.BaseAddress,
        };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
        await _telegram.DisposeAsync();
    }

    [Fact]
    public async Task WebChatActivities()
    {
        var chat = await DirectLineClient.StartAsync(_http);
        var valid = new JsonObject
        {
            ["type"] = "message",
            ["from"] = new JsonObject { ["id"] = "resident", ["role"] = "user" },
            ["text"] = "hallo",
            ["channelData"] = new JsonObject { ["clientActivityID"] = "x" },
        };
        await FuzzAsync("webchat", valid, body =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{chat.ConversationId}/activities") { Content = body };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", chat.Token);
            return request;
        });
    }

    [Fact]
    public async Task TelegramWebhook()
    {
        await FuzzAsync("telegram", TelegramUpdates.Text(1, "hallo"), body =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook") { Content = body };
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", TelegramBotApp.WebhookSecret);
            return request;
        });
    }

    [Fact]
    public async Task TeamsMessagesWithoutAuthentication()
    {
        var valid = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "1",
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:resident", ["name"] = "Bewoner" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot" },
            ["conversation"] = new JsonObject { ["id"] = "a:1", ["conversationType"] = "personal", ["tenantId"] = "t" },
            ["text"] = "hallo",
        };
        await FuzzAsync("teams", valid, body => new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = body });
    }

    /// <summary>
    /// On Kestrel over loopback, as a browser meets it: under the in-process TestHost the form reader
    /// of ASP.NET's antiforgery once threw a NullReferenceException inside the framework (a 500 that no
    /// real server produced); the fuzz is about our sign-in, not the test server's request plumbing.
    /// </summary>
    [Fact]
    public async Task AdminSignInForm()
    {
        await UseKestrelAsync();

        // Half the requests carry a real antiforgery token and cookie, so the page's own handler sees them too.
        using var page = await _http.GetAsync("/admin/aanmelden");
        var html = await page.Content.ReadAsStringAsync();
        var token = AntiforgeryField().Match(html).Groups[1].Value;
        var cookie = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        Assert.NotEmpty(token);
        var valid = new JsonObject { ["Email"] = "beheer@hilversum.nl", ["Password"] = "geheim", ["ReturnUrl"] = "/admin" };
        var accounts = await _app.QueryAsync(db => db.Users.CountAsync());
        var i = 0;
        await FuzzAsync("admin", valid, body =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/admin/aanmelden");
            if (Interlocked.Increment(ref i) % 2 == 0)
            {
                // As a form: the fields of the generated JSON, whatever their shape, with the token.
                var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token) };
                if (TryParseObject(body.ReadAsStringAsync().Result) is { } json)
                {
                    fields.AddRange(json.Select(p => new KeyValuePair<string, string>(p.Key, p.Value?.ToString() ?? "")));
                }

                request.Content = new FormUrlEncodedContent(fields);
                request.Headers.Add("Cookie", cookie);
            }
            else
            {
                request.Content = body;
            }

            return request;
        });
        Assert.Equal(accounts, await _app.QueryAsync(db => db.Users.CountAsync()));
    }

    private async Task FuzzAsync(string endpoint, JsonObject valid, Func<HttpContent, HttpRequestMessage> request)
    {
        var before = await StoredAsync();
        await OversizedAsync(request, valid);
        var statuses = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();

        await Payloads(valid).SampleAsync(
            async payload =>
            {
                using var message = request(payload.Content());
                using var response = await _http.SendAsync(message);
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                Assert.True((int)response.StatusCode < 500, $"{endpoint}: {(int)response.StatusCode} for {payload}");
            },
            seed: "0N0XIzNsQ0O2",
            iter: Iterations,
            threads: 4);

        // Still up and answering.
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/health/ready")).StatusCode);
        output.WriteLine($"{endpoint}: statuses {string.Join(", ", statuses.OrderBy(s => s.Key))}");

        // Whatever was accepted was a well-formed message; every rejected request stored nothing.
        var accepted = statuses.Where(s => s.Key is >= 200 and < 300).Sum(s => s.Value);
        var after = await StoredAsync();
        Assert.True(after.Inbox - before.Inbox <= accepted, $"{endpoint}: {after.Inbox - before.Inbox} stored for {accepted} accepted ({string.Join(", ", statuses)})");
        if (accepted == 0)
        {
            Assert.Equal(before, after);
        }
    }

    /// <summary>
    /// The endpoint's first requests truncated, then every size from 4 KB to past every limit, eight
    /// at a time: the oversized shapes side by side, as a flood would send them.
    /// </summary>
    private async Task OversizedAsync(Func<HttpContent, HttpRequestMessage> request, JsonObject valid)
    {
        for (var i = 0; i < 20; i++)
        {
            using var message = request(new StringContent(valid.ToJsonString()[..(i + 1)], Encoding.UTF8, "application/json"));
            using var response = await _http.SendAsync(message);
        }

        var sizes = Enumerable.Range(0, 9).Select(k => 4096 << k).Append(MaxOversized).ToList();
        await Parallel.ForEachAsync(Enumerable.Range(0, 8), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (_, cancellationToken) =>
        {
            foreach (var size in sizes)
            {
                var copy = valid.DeepClone().AsObject();
                copy["text"] = new string('x', size);
                using var message = request(new StringContent(copy.ToJsonString(), Encoding.UTF8, "application/json"));
                using var response = await _http.SendAsync(message, cancellationToken);
            }
        });
    }

    private async Task<(int Inbox, int Conversations, int Transcript)> StoredAsync() =>
        await _app.QueryAsync(async db => (await db.Inbox.CountAsync(), await db.Conversations.CountAsync(), await db.Transcript.CountAsync()));

    private static JsonObject? TryParseObject(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>Malformed (random text), truncated, wrongly typed and oversized versions of a valid payload.</summary>
    private static Gen<Payload> Payloads(JsonObject valid)
    {
        var json = valid.ToJsonString();
        var keys = valid.Select(p => p.Key).ToArray();
        var junk = Gen.String[Gen.Char, 0, 200];
        var wrongValue = Gen.OneOf<JsonNode?>(
            Gen.Int.Select(n => (JsonNode?)n),
            Gen.Double.Select(d => (JsonNode?)(double.IsFinite(d) ? d : 0)),
            Gen.Bool.Select(b => (JsonNode?)b),
            Gen.Const((JsonNode?)null),
            junk.Select(s => (JsonNode?)s),
            Gen.Int[0, 5].Select(n => (JsonNode?)new JsonArray(Enumerable.Range(0, n).Select(x => (JsonNode?)x).ToArray())),
            Gen.Const((JsonNode?)new JsonObject { ["nested"] = new JsonObject { ["deeper"] = new JsonArray() } }));
        var contentType = Gen.OneOf<string>("application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded", "");

        var malformed = Gen.Select(junk, contentType, (body, type) => new Payload("malformed", body, type));
        var truncated = Gen.Int[0, json.Length - 1].Select(n => new Payload("truncated", json[..n], "application/json"));
        var wrongType = Gen.Select(Gen.Int[0, keys.Length - 1], wrongValue, (k, value) =>
        {
            var copy = valid.DeepClone().AsObject();
            copy[keys[k]] = value?.DeepClone();
            return new Payload("wrong-type", copy.ToJsonString(), "application/json");
        });
        var notAnObject = Gen.OneOf<string>("[]", "null", "0", "\"text\"", "true", "[{}]", "{}", "{\"\":{}}").Select(body => new Payload("not-an-object", body, "application/json"));
        var deep = Gen.Int[10, 5000].Select(depth => new Payload("deep", new string('[', depth) + new string(']', depth), "application/json"));
        var oversized = Gen.Int[5_000, MaxOversized].Select(size =>
        {
            var copy = valid.DeepClone().AsObject();
            copy["text"] = new string('x', size);
            return new Payload("oversized", copy.ToJsonString(), "application/json");
        });
        return Gen.Frequency(
            (4, malformed),
            (4, truncated),
            (4, wrongType),
            (1, notAnObject),
            (1, deep),
            (1, oversized));
    }

    private sealed record Payload(string Kind, string Body, string ContentType)
    {
        public HttpContent Content()
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Body));
            if (ContentType.Length > 0)
            {
                content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
            }

            return content;
        }

        public override string ToString() => $"{Kind} ({ContentType}): {(Body.Length > 200 ? Body[..200] + $"… ({Body.Length} chars)" : Body)}";
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
