using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BuurtBot.Load;
using BuurtBot.Tests.Testing;

// Load generator: the real host as a separate process, N concurrent residents each completing the
// whole initiatief intake, over the web chat (Direct Line) and the Telegram webhook. Loopback only.
//
//   dotnet run -c Release --project bench/BuurtBot.Load -- [--residents 1,50,200] [--channels webchat,telegram]
//       [--seconds 30] [--soak 0] [--poll-ms 10] [--workers 8] [--out bench/results]
//
// --soak N: instead of timed runs, one run (web chat, the first --residents value) until N conversations
// have finished, sampling the server's RSS as it goes.
var options = Options.Parse(args);
var outDir = Path.GetFullPath(options.Out);
Directory.CreateDirectory(outDir);
var results = new List<RunResult>();
var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);

if (options.Soak > 0)
{
    results.Add(await RunAsync("webchat", options.Residents[0], options, soakConversations: options.Soak));
}
else
{
    foreach (var channel in options.Channels)
    {
        foreach (var residents in options.Residents)
        {
            results.Add(await RunAsync(channel, residents, options, soakConversations: 0));
        }
    }
}

Console.WriteLine();
Console.WriteLine("| channel | residents | turns | conversations | turns/s | p50 ms | p95 ms | p99 ms | max ms | peak RSS MB | DB KB/conversation | failures |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
foreach (var r in results)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {r.Channel} | {r.Residents} | {r.Turns} | {r.Conversations} | {r.TurnsPerSecond:F0} | {r.P50Ms:F1} | {r.P95Ms:F1} | {r.P99Ms:F1} | {r.MaxMs:F1} | {r.PeakRssMb:F0} | {r.DbKbPerConversation:F1} | {r.Failures} |"));
}

var file = Path.Combine(outDir, $"{(options.Soak > 0 ? "soak" : "load")}-{stamp}.json");
await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new
{
    machine = new { Environment.ProcessorCount, os = System.Runtime.InteropServices.RuntimeInformation.OSDescription, runtime = Environment.Version.ToString() },
    options,
    results,
}, new JsonSerializerOptions { WriteIndented = true }));
Console.WriteLine($"Written {file}");

static async Task<RunResult> RunAsync(string channel, int residents, Options options, int soakConversations)
{
    Console.WriteLine($"== {channel}, {residents} resident(s){(soakConversations > 0 ? $", soak until {soakConversations} conversations" : $", {options.Seconds} s")}");
    var database = Path.Combine(Path.GetTempPath(), $"buurtbot-load-{Guid.NewGuid():N}.db");
    await using var telegram = await FakeBotApi.StartAsync();
    const string secret = "load-secret_1";
    var settings = new Dictionary<string, string?>
    {
        ["Telegram:BotToken"] = FakeBotApi.Token,
        ["Telegram:ApiBaseUrl"] = telegram.BaseUrl,
        ["Telegram:WebhookUrl"] = "https://buurtbot.load.test/telegram/webhook",
        ["Telegram:WebhookSecret"] = secret,
        // Telegram itself allows 30 messages/s in all and 1/s per chat; the load measures our pipeline, not that.
        ["Telegram:MessagesPerSecondPerChat"] = "1000",
        ["Telegram:MessagesPerSecond"] = "1000",
        // A simulated resident answers faster than a person; the per-conversation limit is not what is measured.
        ["WebChat:MessagesPerMinute"] = "10000",
        ["Turns:Workers"] = options.Workers?.ToString(CultureInfo.InvariantCulture),
    };
    var host = await HostProcess.StartAsync(database, settings.Where(s => s.Value is not null).ToDictionary());
    try
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = host.BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        IResidentChannel driver = channel == "telegram"
            ? new TelegramResidents(http, telegram, secret)
            : new WebChatResidents(http, TimeSpan.FromMilliseconds(options.PollMs));

        // Warm-up (JIT, pools, first migrations): a few residents finish one intake each, not measured.
        var recorder = new Recorder();
        await Task.WhenAll(Enumerable.Range(0, Math.Min(4, residents)).Select(i => driver.RunIntakeAsync(i, recorder, CancellationToken.None)));
        var warmConversations = recorder.Conversations;
        recorder.Reset();

        var rssSamples = new List<(double Seconds, int Conversations, double RssMb)>();
        using var stop = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var deadline = soakConversations > 0 ? TimeSpan.FromHours(2) : TimeSpan.FromSeconds(options.Seconds);
        var started = 0;
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(soakConversations > 0 ? 5 : 1), CancellationToken.None);
                lock (rssSamples)
                {
                    rssSamples.Add((clock.Elapsed.TotalSeconds, recorder.Conversations, host.RssBytes() / 1048576.0));
                }

                if (soakConversations > 0)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {clock.Elapsed.TotalSeconds:F0} s: {recorder.Conversations} conversations, RSS {host.RssBytes() / 1048576.0:F0} MB, peak {host.PeakRssBytes() / 1048576.0:F0} MB"));
                }
            }
        });

        async Task ResidentAsync(int index)
        {
            while (clock.Elapsed < deadline && (soakConversations == 0 || Interlocked.Increment(ref started) <= soakConversations))
            {
                try
                {
                    // A conversation that cannot finish within a minute counts as failed, not as a hang.
                    using var limit = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
                    limit.CancelAfter(TimeSpan.FromSeconds(60));
                    await driver.RunIntakeAsync(index * 100_000 + recorder.Conversations, recorder, limit.Token);
                }
                catch (Exception ex) when (!stop.IsCancellationRequested)
                {
                    recorder.Failed();
                    if (recorder.Failures <= 5)
                    {
                        Console.WriteLine($"   resident {index}: {ex.GetType().Name}: {ex.Message}");
                    }
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }

        var all = Task.WhenAll(Enumerable.Range(0, residents).Select(i => Task.Run(() => ResidentAsync(i))));
        // Timed runs: residents finish the conversation they are in; anything still going 60 s later is cut.
        await Task.WhenAny(all, Task.Delay(deadline + TimeSpan.FromSeconds(60)));
        var elapsed = clock.Elapsed.TotalSeconds;
        var latencies = recorder.Snapshot();
        await stop.CancelAsync();
        await sampler;
        var peakRss = host.PeakRssBytes() / 1048576.0;
        var conversations = recorder.Conversations;
        await host.StopAsync();
        var dbBytes = new[] { "", "-wal" }.Select(s => new FileInfo(database + s)).Where(f => f.Exists).Sum(f => f.Length);
        HostProcess.DeleteDatabase(database);

        Array.Sort(latencies);
        double Ms(double p) => latencies.Length == 0 ? 0 : latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p * latencies.Length) - 1)] * 1000.0 / Stopwatch.Frequency;
        var result = new RunResult(channel, residents, latencies.Length, conversations, recorder.Failures, Math.Round(elapsed, 1),
            latencies.Length / elapsed, Ms(0.50), Ms(0.95), Ms(0.99), Ms(1.0), peakRss,
            dbBytes / 1024.0 / Math.Max(1, conversations + warmConversations), dbBytes,
            [.. rssSamples.Select(s => new RssSample(Math.Round(s.Seconds, 1), s.Conversations, Math.Round(s.RssMb, 1)))]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"   {result.Turns} turns in {elapsed:F1} s = {result.TurnsPerSecond:F0}/s; p50 {result.P50Ms:F1} p95 {result.P95Ms:F1} p99 {result.P99Ms:F1} ms; peak RSS {peakRss:F0} MB; {conversations} conversations, {result.Failures} failed"));
        return result;
    }
    catch (Exception ex)
    {
        Console.WriteLine($"   run failed: {ex.GetType().Name}: {ex.Message}; host {(host.HasExited ? "exited" : "running")}; its last output:");
        Console.WriteLine(host.RecentOutput);
        throw;
    }
    finally
    {
        if (!host.HasExited)
        {
            host.Kill();
        }
    }
}

internal sealed record RssSample(double Seconds, int Conversations, double RssMb);

internal sealed record RunResult(
    string Channel, int Residents, int Turns, int Conversations, int Failures, double Seconds, double TurnsPerSecond,
    double P50Ms, double P95Ms, double P99Ms, double MaxMs, double PeakRssMb, double DbKbPerConversation, long DbBytes,
    IReadOnlyList<RssSample> RssSamples);

internal sealed record Options(int[] Residents, string[] Channels, int Seconds, int Soak, int PollMs, int? Workers, string Out)
{
    public static Options Parse(string[] args)
    {
        string? Get(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return new Options(
            (Get("--residents") ?? "1,50,200").Split(',').Select(int.Parse).ToArray(),
            (Get("--channels") ?? "webchat,telegram").Split(','),
            int.Parse(Get("--seconds") ?? "30", CultureInfo.InvariantCulture),
            int.Parse(Get("--soak") ?? "0", CultureInfo.InvariantCulture),
            int.Parse(Get("--poll-ms") ?? "10", CultureInfo.InvariantCulture),
            Get("--workers") is { } w ? int.Parse(w, CultureInfo.InvariantCulture) : null,
            Get("--out") ?? "bench/results");
    }
}
