using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Net.WebSockets;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace BuurtBot.Tests.Channels.WebChat;

/// <summary>
/// One client address against the web chat, over real TCP on loopback (a second resident comes from
/// 127.0.0.2): before, one client created 10,000 conversations in 89 s and held 3,000 WebSockets while a
/// normal resident's turn took up to 5.2 s. Now every client is bounded by its address, with 429 and
/// Retry-After, and the other residents do not notice.
/// </summary>
public sealed class ClientLimitsTests(ITestOutputHelper output)
{
    [Fact]
    public async Task TenThousandConversationsFromOneAddressEndWell()
    {
        await using var app = new KestrelBuurtBotApp();
        using var attacker = Client(app, IPAddress.Loopback);
        using var neighbour = Client(app, IPAddress.Parse("127.0.0.2"));
        var statuses = new ConcurrentDictionary<string, int>();
        var badRefusals = new ConcurrentBag<string>();
        var clock = Stopwatch.StartNew();

        var attack = Parallel.ForEachAsync(Enumerable.Range(0, 10_000), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (_, cancellationToken) =>
        {
            using var generated = await attacker.PostAsync("/v3/directline/tokens/generate", null, cancellationToken);
            Count(statuses, badRefusals, "token", generated);
            if (generated.StatusCode != HttpStatusCode.OK)
            {
                return;
            }

            var token = (await DirectLineClient.ReadJson(generated))["token"]!.GetValue<string>();
            using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
            start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var started = await attacker.SendAsync(start, cancellationToken);
            Count(statuses, badRefusals, "conversation", started);
        });

        // A resident elsewhere in town chats while it happens, and notices nothing.
        var turns = new List<TimeSpan>();
        var chat = await DirectLineClient.StartAsync(neighbour);
        await chat.ReceiveBotMessagesAsync(2);
        foreach (var text in new[] { "Ja, dat is goed", "help", "menu" })
        {
            var turn = Stopwatch.StartNew();
            await chat.SayAsync(text);
            await chat.ReceiveBotMessagesAsync(1);
            turns.Add(turn.Elapsed);
        }

        await attack;
        var elapsed = clock.Elapsed;
        var conversations = await app.QueryAsync(db => db.Conversations.CountAsync());
        output.WriteLine($"{elapsed.TotalSeconds:F1} s; {string.Join(", ", statuses.OrderBy(s => s.Key))}; {conversations} conversations stored; " +
            $"the neighbour's turns {string.Join(", ", turns.Select(t => $"{t.TotalMilliseconds:F0} ms"))}");

        Assert.Empty(badRefusals);
        // The defaults (600 tokens, 300 conversations a minute per address), counted over sliding minutes.
        var minutes = 1 + (int)(elapsed.TotalSeconds / 60);
        Assert.InRange(statuses.GetValueOrDefault("token 200"), 1, 600 * minutes);
        Assert.InRange(statuses.GetValueOrDefault("conversation 201"), 1, 300 * minutes);
        Assert.True(statuses.GetValueOrDefault("token 429") >= 10_000 - (600 * minutes), string.Join(", ", statuses));
        Assert.InRange(conversations, 2, (300 * minutes) + 1);
        Assert.All(turns, t => Assert.True(t < TimeSpan.FromSeconds(3), $"A turn took {t.TotalMilliseconds:F0} ms"));
    }

    [Fact]
    public async Task TwoInstancesOnPostgreSqlShareTheLimitOfOneAddress()
    {
        // Behind a proxy one client's requests land on either instance: each instance's own limit alone
        // granted it twice the limit (40 of 20 here).
        var database = await PostgresServer.CreateDatabaseAsync("limits");
        try
        {
            await using var a = new KestrelBuurtBotApp { PostgresConnectionString = database };
            await using var b = new KestrelBuurtBotApp { PostgresConnectionString = database };
            foreach (var app in new[] { a, b })
            {
                app.Settings["WebChat:ConversationsPerMinutePerAddress"] = "20";
            }

            using var attackerOnA = Client(a, IPAddress.Loopback);
            using var attackerOnB = Client(b, IPAddress.Loopback);
            var statuses = new ConcurrentDictionary<string, int>();
            var badRefusals = new ConcurrentBag<string>();
            var clients = new[] { attackerOnA, attackerOnB };
            await Parallel.ForEachAsync(Enumerable.Range(0, 60), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (n, cancellationToken) =>
            {
                var client = clients[n % 2];
                using var generated = await client.PostAsync("/v3/directline/tokens/generate", null, cancellationToken);
                Count(statuses, badRefusals, "token", generated);
                var token = (await DirectLineClient.ReadJson(generated))["token"]!.GetValue<string>();
                using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
                start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var started = await client.SendAsync(start, cancellationToken);
                Count(statuses, badRefusals, "conversation", started);
            });
            output.WriteLine(string.Join(", ", statuses.OrderBy(s => s.Key)));

            Assert.Empty(badRefusals);
            Assert.Equal(60, statuses.GetValueOrDefault("token 200"));
            // 20 in a sliding minute; one more if the run straddles the turn of a minute.
            Assert.InRange(statuses.GetValueOrDefault("conversation 201"), 20, 21);
            Assert.Equal(60 - statuses.GetValueOrDefault("conversation 201"), statuses.GetValueOrDefault("conversation 429"));

            // Someone at another address is not affected, on either instance.
            using var neighbour = Client(b, IPAddress.Parse("127.0.0.2"));
            var chat = await DirectLineClient.StartAsync(neighbour);
            await chat.ReceiveBotMessagesAsync(1);
            // The table holds pseudonyms, never the address.
            var keys = await a.QueryAsync(db => db.Set<BuurtBot.Channels.WebChat.ClientRateWindow>().Select(w => w.AddressKey).ToListAsync());
            Assert.NotEmpty(keys);
            Assert.DoesNotContain(keys, k => k.Contains("127.0.0", StringComparison.Ordinal));
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public async Task OpenStreamsAreBoundedPerAddressAndInAll()
    {
        await using var app = new KestrelBuurtBotApp { UseWelcomeBot = true };
        app.Settings["WebChat:StreamsPerAddress"] = "4";
        app.Settings["WebChat:MaxStreams"] = "6";
        using var first = Client(app, IPAddress.Loopback);
        using var second = Client(app, IPAddress.Parse("127.0.0.2"));
        var sockets = new List<ClientWebSocket>();
        try
        {
            // Two conversations from one address, two tabs each: four streams.
            var a1 = await DirectLineClient.StartAsync(first);
            var a2 = await DirectLineClient.StartAsync(first);
            foreach (var url in new[] { a1.StreamUrl, a1.StreamUrl, a2.StreamUrl, a2.StreamUrl })
            {
                sockets.Add(await OpenAsync(url, IPAddress.Loopback));
            }

            var third = await DirectLineClient.StartAsync(first);
            await AssertRefusedAsync(third.StreamUrl, IPAddress.Loopback);

            // Another address still gets streams, up to the instance's total of six.
            var b = await DirectLineClient.StartAsync(second);
            sockets.Add(await OpenAsync(b.StreamUrl, IPAddress.Parse("127.0.0.2")));
            sockets.Add(await OpenAsync(b.StreamUrl, IPAddress.Parse("127.0.0.2")));
            var b2 = await DirectLineClient.StartAsync(second);
            await AssertRefusedAsync(b2.StreamUrl, IPAddress.Parse("127.0.0.2"));

            // A closed stream frees its place.
            await sockets[0].CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
            sockets[0].Dispose();
            sockets.RemoveAt(0);
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
            ClientWebSocket? again = null;
            while (again is null)
            {
                again = await TryOpenAsync(b2.StreamUrl, IPAddress.Parse("127.0.0.2"));
                Assert.True(again is not null || DateTime.UtcNow < deadline, "The place of a closed stream was not freed.");
                await Task.Delay(50);
            }

            sockets.Add(again);
        }
        finally
        {
            foreach (var socket in sockets)
            {
                socket.Abort();
                socket.Dispose();
            }
        }
    }

    private static void Count(ConcurrentDictionary<string, int> statuses, ConcurrentBag<string> bad, string what, HttpResponseMessage response)
    {
        statuses.AddOrUpdate($"{what} {(int)response.StatusCode}", 1, (_, n) => n + 1);
        if (response.StatusCode == HttpStatusCode.TooManyRequests
            && response.Headers.RetryAfter?.Delta is not { TotalSeconds: >= 1 and <= 60 })
        {
            bad.Add($"{what}: 429 without a Retry-After of 1–60 s");
        }
        else if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.TooManyRequests))
        {
            bad.Add($"{what}: {(int)response.StatusCode}");
        }
    }

    private static async Task AssertRefusedAsync(string streamUrl, IPAddress from)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        using var invoker = new HttpMessageInvoker(Handler(from));
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(streamUrl), invoker, CancellationToken.None));
        Assert.Equal(HttpStatusCode.TooManyRequests, socket.HttpStatusCode);
        Assert.True(socket.HttpResponseHeaders!.TryGetValue("Retry-After", out var retryAfter) && int.Parse(retryAfter.Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
    }

    private static async Task<ClientWebSocket> OpenAsync(string streamUrl, IPAddress from) =>
        await TryOpenAsync(streamUrl, from) ?? throw new InvalidOperationException($"The stream from {from} was refused.");

    private static async Task<ClientWebSocket?> TryOpenAsync(string streamUrl, IPAddress from)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(new Uri(streamUrl), new HttpMessageInvoker(Handler(from)), CancellationToken.None);
            return socket;
        }
        catch (WebSocketException)
        {
            socket.Dispose();
            return null;
        }
    }

    /// <summary>An HTTP client whose connections come from <paramref name="from"/> (any 127.x.y.z reaches loopback on Linux).</summary>
    private static HttpClient Client(KestrelBuurtBotApp app, IPAddress from) =>
        new(Handler(from)) { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    private static SocketsHttpHandler Handler(IPAddress from) => new()
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(from, 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
