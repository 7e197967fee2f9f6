using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using BuurtBot.Tests.Testing;

namespace BuurtBot.Load;

/// <summary>
/// <c>--bad-input N</c>: whether the host's memory stays flat under a flood of bad payloads, measured in
/// its own process (a test process's heap holds every other test's host, so a unit test cannot tell).
/// N malformed, truncated, wrongly typed and oversized bodies per endpoint, four at a time; the
/// server's RSS after each tenth. A leak grows with every request, so the second half grows as much
/// as the first; pools and caches fill towards a bound, mostly early.
/// </summary>
internal static class BadInputSoak
{
    private const int MaxOversized = 1_100_000;

    public static async Task RunAsync(int requests, IReadOnlyCollection<string>? only)
    {
        var database = Path.Combine(Path.GetTempPath(), $"buurtbot-badinput-{Guid.NewGuid():N}.db");
        await using var host = await HostProcess.StartAsync(database, new Dictionary<string, string?>
        {
            ["Teams:AllowUnauthenticated"] = "true",
            ["WebChat:MessagesPerMinute"] = "10000",
            ["WebChat:TokensPerMinutePerAddress"] = "1000000",
            ["WebChat:ConversationsPerMinutePerAddress"] = "1000000",
            ["Telegram:BotToken"] = "123:bad-input",
            ["Telegram:ApiBaseUrl"] = "http://127.0.0.1:9/",
            ["Telegram:WebhookUrl"] = "https://buurtbot.load.test/telegram/webhook",
            ["Telegram:WebhookSecret"] = "bad-input_1",
        });
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 16 }) { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var (conversationId, token) = await StartConversationAsync(http);
        var endpoints = new (string Name, JsonObject Valid, Func<HttpContent, HttpRequestMessage> Request)[]
        {
            ("webchat", new JsonObject { ["type"] = "message", ["from"] = new JsonObject { ["id"] = "resident" }, ["text"] = "hallo" }, body =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities") { Content = body };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                return request;
            }),
            ("telegram", new JsonObject { ["update_id"] = 1, ["message"] = new JsonObject { ["message_id"] = 1, ["chat"] = new JsonObject { ["id"] = 7, ["type"] = "private" }, ["date"] = 0, ["text"] = "hallo" } }, body =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook") { Content = body };
                request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", "bad-input_1");
                return request;
            }),
            ("teams", new JsonObject { ["type"] = "message", ["id"] = "1", ["serviceUrl"] = "http://127.0.0.1:9/", ["channelId"] = "msteams", ["from"] = new JsonObject { ["id"] = "29:r" }, ["conversation"] = new JsonObject { ["id"] = "a:1" }, ["text"] = "hallo" },
                body => new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = body }),
            ("admin", new JsonObject { ["Email"] = "beheer@hilversum.nl", ["Password"] = "geheim", ["text"] = "x" },
                body => new HttpRequestMessage(HttpMethod.Post, "/admin/aanmelden") { Content = body }),
        };

        Console.WriteLine("| endpoint | requests | 5xx | RSS MB at 10 % | at 50 % | at 100 % | second half MB | load avg after |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var (name, valid, request) in endpoints.Where(e => only is null || only.Contains(e.Name)))
        {
            var random = new Random(20261202);
            var payloads = Enumerable.Range(0, requests).Select(_ => Payload(random, valid)).ToList();
            var rss = new double[11];
            var serverErrors = 0;
            var sent = 0;
            await Parallel.ForEachAsync(payloads, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (payload, cancellationToken) =>
            {
                using var message = request(payload);
                try
                {
                    using var response = await http.SendAsync(message, cancellationToken);
                    if ((int)response.StatusCode >= 500)
                    {
                        Interlocked.Increment(ref serverErrors);
                    }
                }
                catch (HttpRequestException)
                {
                    // An oversized body refused before it was read closes the connection; that is not a 5xx.
                }

                var done = Interlocked.Increment(ref sent);
                if (done % (requests / 10) == 0)
                {
                    rss[done / (requests / 10)] = host.RssBytes() / 1048576.0;
                }
            });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {requests} | {serverErrors} | {rss[1]:F0} | {rss[5]:F0} | {rss[10]:F0} | {rss[10] - rss[5]:+0;-0} | {LoadAverage()} |"));
        }
    }

    /// <summary>A web chat conversation as the chat page starts one: a token, then the conversation.</summary>
    private static async Task<(string ConversationId, string Token)> StartConversationAsync(HttpClient http)
    {
        using var tokenResponse = await http.PostAsync("/v3/directline/tokens/generate", null);
        tokenResponse.EnsureSuccessStatusCode();
        var token = JsonNode.Parse(await tokenResponse.Content.ReadAsStringAsync())!["token"]!.GetValue<string>();
        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var started = await http.SendAsync(start);
        started.EnsureSuccessStatusCode();
        var conversation = JsonNode.Parse(await started.Content.ReadAsStringAsync())!;
        return (conversation["conversationId"]!.GetValue<string>(), conversation["token"]!.GetValue<string>());
    }

    private static HttpContent Payload(Random random, JsonObject valid)
    {
        var json = valid.ToJsonString();
        string body;
        var type = "application/json";
        switch (random.Next(15))
        {
            case < 4:
                body = new string(Enumerable.Range(0, random.Next(200)).Select(_ => (char)random.Next(32, 0x2FF)).ToArray());
                type = random.Next(2) == 0 ? "text/plain" : "application/json";
                break;
            case < 8:
                body = json[..random.Next(json.Length)];
                break;
            case < 12:
                var copy = valid.DeepClone().AsObject();
                copy[copy.ElementAt(random.Next(copy.Count)).Key] = random.Next(3) switch { 0 => 42, 1 => new JsonArray(1, 2), _ => null };
                body = copy.ToJsonString();
                break;
            case 12:
                body = new string('[', 3000) + new string(']', 3000);
                break;
            default:
                var big = valid.DeepClone().AsObject();
                big["text"] = new string('x', random.Next(5_000, MaxOversized));
                body = big.ToJsonString();
                break;
        }

        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        return content;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
