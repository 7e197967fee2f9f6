using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.WebSockets;
using BuurtBot.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace BuurtBot.Tests.Channels.WebChat;

/// <summary>The Direct Line WebSocket stream on a real Kestrel host, with a real WebSocket client.</summary>
public sealed class DirectLineStreamTests : IAsyncDisposable
{
    private readonly KestrelBuurtBotApp _app = new() { UseWelcomeBot = true };

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<DirectLineClient> StartAsync() =>
        await DirectLineClient.StartAsync(new HttpClient { BaseAddress = _app.BaseAddress });

    [Fact]
    public async Task TheGreetingAndEachReplyArriveOverTheStreamOnce()
    {
        var resident = await StartAsync();
        Assert.StartsWith($"ws://{_app.BaseAddress.Authority}/v3/directline/conversations/{resident.ConversationId}/stream?t=", resident.StreamUrl);
        await using var stream = await DirectLineStreamClient.ConnectAsync(resident.StreamUrl);

        await stream.ReceiveBotMessagesAsync(1);
        await resident.SayAsync("hallo", clientActivityId: "first");
        await stream.ReceiveBotMessagesAsync(2);
        await resident.SayAsync("privacy");
        await stream.ReceiveBotMessagesAsync(3);

        Assert.Contains("BuurtBot", stream.Activities[0]["text"]!.GetValue<string>());
        Assert.Equal(
            ["bot", "user", "bot", "user", "bot"],
            stream.Activities.Select(a => a["from"]!["role"]!.GetValue<string>()));
        Assert.Equal("hallo", stream.Activities[1]["text"]!.GetValue<string>());
        Assert.Equal("first", stream.Activities[1]["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal("Nieuw initiatief", DirectLineClient.ChoiceTitles(stream.Activities[2])[0]);
        Assert.Equal(5, stream.Activities.Select(a => a["id"]!.GetValue<string>()).Distinct().Count());
        Assert.Equal(stream.Activities[^1]["id"]!.GetValue<string>().Split('|')[1].TrimStart('0'), stream.Watermark);
    }

    [Fact]
    public async Task ABurstOfMessagesArrivesOnTheStreamInOrderNoneTwiceNoneMissing()
    {
        var resident = await StartAsync();
        await using var stream = await DirectLineStreamClient.ConnectAsync(resident.StreamUrl);
        await using var second = await DirectLineStreamClient.ConnectAsync(resident.StreamUrl);

        // Posted at once: the notifications pile up while a stream reads, and coalesce.
        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => resident.SayAsync($"bericht {i}", clientActivityId: $"burst-{i}")));
        await stream.ReceiveUntilAsync(a => a.Count >= 21);
        await second.ReceiveUntilAsync(a => a.Count >= 21);
        await Task.Delay(300);
        await resident.SayAsync("laatste");
        await stream.ReceiveUntilAsync(a => a.Count >= 23);

        var ids = stream.Activities.Select(a => long.Parse(a["id"]!.GetValue<string>().Split('|')[1], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(23, ids.Count);
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(23, ids.Distinct().Count());
        Assert.Equal(12, stream.Activities.Count(DirectLineStreamClient.IsFromBot));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"bericht {i}").Order(),
            stream.Activities.Where(a => !DirectLineStreamClient.IsFromBot(a)).Select(a => a["text"]!.GetValue<string>()).Take(10).Order());
        Assert.Equal(stream.Activities.Take(21).Select(a => a["id"]!.GetValue<string>()), second.Activities.Select(a => a["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ReconnectingWithTheWatermarkGetsOnlyTheMissedLines()
    {
        var resident = await StartAsync();
        string watermark;
        await using (var first = await DirectLineStreamClient.ConnectAsync(resident.StreamUrl))
        {
            await first.ReceiveBotMessagesAsync(1);
            watermark = first.Watermark!;
        }

        // Away from the stream: two messages and their replies (seen here by polling, on its own watermark).
        await resident.SayAsync("hallo");
        await resident.ReceiveBotMessagesAsync(2);
        await resident.SayAsync("privacy");
        await resident.ReceiveBotMessagesAsync(1);

        await resident.ReconnectStreamAsync(watermark);
        Assert.Contains($"/stream?watermark={watermark}&t=", resident.StreamUrl);
        await using var second = await DirectLineStreamClient.ConnectAsync(resident.StreamUrl);
        await second.ReceiveUntilAsync(a => a.Count >= 4);
        await resident.SayAsync("nog iets");
        await second.ReceiveBotMessagesAsync(3);

        Assert.Equal(["hallo", "privacy", "nog iets"], second.Activities.Where(a => !DirectLineStreamClient.IsFromBot(a)).Select(a => a["text"]!.GetValue<string>()));
        Assert.Equal(6, second.Activities.Count);
        Assert.Equal(6, second.Activities.Select(a => a["id"]!.GetValue<string>()).Distinct().Count());
        Assert.All(second.Activities, a => Assert.True(long.Parse(a["id"]!.GetValue<string>().Split('|')[1], CultureInfo.InvariantCulture) > long.Parse(watermark, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task AMissingForgedOrOtherConversationsTokenIsRefusedWithoutUpgrading()
    {
        var resident = await StartAsync();
        var other = await StartAsync();
        var url = $"ws://{_app.BaseAddress.Authority}/v3/directline/conversations/{resident.ConversationId}/stream";

        Assert.Equal(HttpStatusCode.Unauthorized, await DirectLineStreamClient.StatusOfConnectingAsync(url));
        Assert.Equal(HttpStatusCode.Unauthorized, await DirectLineStreamClient.StatusOfConnectingAsync(url + "?t=not-a-token"));
        Assert.Equal(HttpStatusCode.Forbidden, await DirectLineStreamClient.StatusOfConnectingAsync(url + "?t=" + Uri.EscapeDataString(other.Token)));
        Assert.Equal(HttpStatusCode.Forbidden, await DirectLineStreamClient.StatusOfConnectingAsync(url, bearer: other.Token));
        Assert.Equal(HttpStatusCode.BadRequest, await DirectLineStreamClient.StatusOfConnectingAsync(resident.StreamUrl + "&watermark=abc"));
        Assert.Equal(HttpStatusCode.SwitchingProtocols, await DirectLineStreamClient.StatusOfConnectingAsync(url, bearer: resident.Token));
    }

    [Fact]
    public async Task AnUnknownConversationIsNotFound()
    {
        var resident = await StartAsync();
        var url = $"ws://{_app.BaseAddress.Authority}/v3/directline/conversations/{resident.ConversationId}/stream";
        var client = new DirectLineClient(new HttpClient { BaseAddress = _app.BaseAddress });
        var generated = await DirectLineClient.ReadJson(await client.Http.PostAsync("/v3/directline/tokens/generate", null));
        var unstarted = generated["conversationId"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.NotFound, await DirectLineStreamClient.StatusOfConnectingAsync(
            url.Replace(resident.ConversationId, unstarted, StringComparison.Ordinal), bearer: generated["token"]!.GetValue<string>()));
    }

    [Fact]
    public async Task APlainGetOfTheStreamGetsAClear400()
    {
        var resident = await StartAsync();

        var response = await resident.Http.GetAsync(new Uri(resident.StreamUrl.Replace("ws://", "http://", StringComparison.Ordinal)));
        var error = await DirectLineClient.ReadJson(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", error["error"]!["code"]!.GetValue<string>());
        Assert.Contains("connect a WebSocket", error["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task AConversationHasAtMostThreeOpenStreams()
    {
        var resident = await StartAsync();
        await using var a = await DirectLineStreamClient.ConnectAsync(resident.StreamUrl);
        await using var b = await DirectLineStreamClient.ConnectAsync(resident.StreamUrl);
        await using var c = await DirectLineStreamClient.ConnectAsync(resident.StreamUrl);

        Assert.Equal((HttpStatusCode)429, await DirectLineStreamClient.StatusOfConnectingAsync(resident.StreamUrl));
        await c.DisposeAsync();
        await Eventually(async () => await DirectLineStreamClient.StatusOfConnectingAsync(resident.StreamUrl) == HttpStatusCode.SwitchingProtocols);
    }

    [Fact]
    public async Task TheStreamClosesWithGoingAwayWhenTheHostStopsAndTheStopDoesNotHang()
    {
        var resident = await StartAsync();
        await using var stream = await DirectLineStreamClient.ConnectAsync(resident.StreamUrl);
        await stream.ReceiveBotMessagesAsync(1);

        var stopping = Stopwatch.StartNew();
        await _app.DisposeAsync();
        stopping.Stop();

        Assert.True(await stream.WaitForCloseAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, stream.CloseStatus);
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(10), $"Stopping took {stopping.Elapsed}");
    }

    [Fact]
    public async Task TheStreamClosesWhenItsTokenExpires()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new KestrelBuurtBotApp { UseWelcomeBot = true, ConfigureServices = services => services.AddSingleton<TimeProvider>(clock) };
        var resident = await DirectLineClient.StartAsync(new HttpClient { BaseAddress = app.BaseAddress });
        await using var stream = await DirectLineStreamClient.ConnectAsync(resident.StreamUrl);
        await stream.ReceiveBotMessagesAsync(1);

        clock.Advance(TimeSpan.FromSeconds(1799));
        Assert.False(await stream.WaitForCloseAsync(TimeSpan.FromMilliseconds(300)));
        clock.Advance(TimeSpan.FromSeconds(2));

        Assert.True(await stream.WaitForCloseAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, stream.CloseStatus);
        Assert.Contains("token expired", stream.CloseDescription);
    }

    [Fact]
    public async Task AQuietStreamGetsEmptyKeepAlives()
    {
        await using var app = new KestrelBuurtBotApp { UseWelcomeBot = true };
        app.Settings["WebChat:StreamKeepAliveSeconds"] = "1";
        var resident = await DirectLineClient.StartAsync(new HttpClient { BaseAddress = app.BaseAddress });
        await using var stream = await DirectLineStreamClient.ConnectAsync(resident.StreamUrl);
        await stream.ReceiveBotMessagesAsync(1);

        Assert.True(await stream.ReceiveKeepAliveAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task TheTokenInTheStreamUrlIsInNoLogLineEvenWithRequestLoggingTurnedOn()
    {
        var lines = new ConcurrentQueue<string>();
        await using var app = new KestrelBuurtBotApp { UseWelcomeBot = true };
        app.Settings["Logging:LogLevel:Default"] = "Debug";
        app.Settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug";
        app.Settings["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information";
        app.ConfigureServices = services => services.AddSingleton<ILoggerProvider>(new CapturingLoggerProvider(lines));
        var resident = await DirectLineClient.StartAsync(new HttpClient { BaseAddress = app.BaseAddress });
        await using (var stream = await DirectLineStreamClient.ConnectAsync(resident.StreamUrl))
        {
            await stream.ReceiveBotMessagesAsync(1);
            await resident.SayAsync("hallo");
            await stream.ReceiveBotMessagesAsync(2);
        }

        await resident.Http.GetAsync(new Uri(resident.StreamUrl.Replace("ws://", "http://", StringComparison.Ordinal)));

        Assert.NotEmpty(lines);
        var token = resident.StreamUrl.Split("t=")[1];
        Assert.DoesNotContain(lines, line => line.Contains(token, StringComparison.Ordinal) || line.Contains(Uri.UnescapeDataString(token), StringComparison.Ordinal));
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold within 5 s.");
            await Task.Delay(50);
        }
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }
}
