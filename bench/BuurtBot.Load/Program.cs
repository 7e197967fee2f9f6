using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BuurtBot.Fakes.Telegram;
using BuurtBot.Load;
using BuurtBot.Tests.Testing;

// Load generator: the real host as a separate process, N concurrent residents each completing the
// whole initiatief intake, over the web chat (Direct Line), the Telegram webhook and the Bot Framework
// (Teams: /api/messages, replies to a fake Connector that enforces Teams' per-conversation limits). Loopback only.
//
// --pin CPUS: every host process on these CPUs only (e.g. --pin 1: one core), so CPU per turn is one core's.
// With --postgres the PostgreSQL server's CPU per turn is measured too (it must run on this machine).
//
//   dotnet run -c Release --project bench/BuurtBot.Load -- [--residents 1,50,200] [--channels webchat,telegram,teams] [--pin 1]
//       [--seconds 30] [--warmup 10|steady] [--soak 0] [--webchat stream|poll] [--poll-ms 10] [--think-ms 0] [--workers 8]
//       [--out bench/results] [--set Key=Value …] [--postgres "Host=127.0.0.1;Port=55434;Username=buurtbot" [--instances 2]]
//
// --webchat stream (the default): each web chat resident listens on the Direct Line WebSocket stream,
// as the chat page does, and a turn's latency runs from its POST until the bot's next question arrives
// on the socket. --webchat poll: it polls GET …/activities every --poll-ms instead (up to that much of
// each latency is polling).
//
// --warmup steady: warm up until the host's JIT is done (two 10 s windows with fewer than 50 methods
// compiled; each window is printed), then measure --seconds. On one core the JIT's tier-up shares the
// core with the turns and takes minutes (bench/RESULTS-load.md, "Steady state"), so a fixed warm-up
// measures the JIT.
//
// --think-ms T: each resident waits 0.5–1.5 × T before answering, as a person reads and types; the
// default 0 answers at once (closed loop: the most turns the host can do, and every resident queued).
//
// --soak N: instead of timed runs, one run (web chat, the first --residents value) until N conversations
// have finished, sampling the server's RSS as it goes.
//
// --bad-input N [--endpoints webchat,telegram,teams,admin]: instead, N bad payloads per inbound endpoint
// and the server's RSS as they go (BadInputSoak).
if (args.SkipWhile(a => a != "--bad-input").Skip(1).FirstOrDefault() is { } badInput)
{
    await BadInputSoak.RunAsync(int.Parse(badInput, CultureInfo.InvariantCulture),
        args.SkipWhile(a => a != "--endpoints").Skip(1).FirstOrDefault()?.Split(','));
    return;
}

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
Console.WriteLine("| channel | store | residents | turns | conversations | turns/s | p50 ms | p95 ms | p99 ms | max ms | server CPU ms/turn | PostgreSQL CPU ms/turn | pinned | peak RSS MB | DB KB/conversation | failures | throttled | load avg after |");
Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | --- |");
foreach (var r in results)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {r.Channel} | {r.Store} x{r.Instances} | {r.Residents} | {r.Turns} | {r.Conversations} | {r.TurnsPerSecond:F0} | {r.P50Ms:F1} | {r.P95Ms:F1} | {r.P99Ms:F1} | {r.MaxMs:F1} | {r.ServerCpuMsPerTurn:F2} | {(r.Store == "postgres" ? r.PostgresCpuMsPerTurn.ToString("F2", CultureInfo.InvariantCulture) : "")} | {r.Pinned} | {r.PeakRssMb:F0} | {r.DbKbPerConversation:F1} | {r.Failures} | {r.Throttled} | {r.LoadAverageAfter} |"));
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
    var store = options.Postgres is null ? "sqlite" : "postgres";
    Console.WriteLine($"== {channel}{(channel == "webchat" ? $" ({options.WebChat})" : "")}, {residents} resident(s){(options.ThinkMs > 0 ? $" thinking ~{options.ThinkMs} ms" : "")}, {store} x{options.Instances}{(soakConversations > 0 ? $", soak until {soakConversations} conversations" : $", {options.Seconds} s")}; load average {LoadAverage()}");
    var database = Path.Combine(Path.GetTempPath(), $"buurtbot-load-{Guid.NewGuid():N}.db");
    var postgresDatabase = $"buurtbot_load_{Guid.NewGuid():N}";
    await using var telegram = await FakeTelegramApi.StartAsync(keepCalls: false);
    await using var teams = channel == "teams" ? await TeamsTenant.StartAsync() : null;
    const string secret = "load-secret_1";
    var settings = new Dictionary<string, string?>
    {
        ["Telegram:BotToken"] = FakeTelegramApi.Token,
        ["Telegram:ApiBaseUrl"] = telegram.BaseUrl,
        ["Telegram:WebhookUrl"] = "https://buurtbot.load.test/telegram/webhook",
        ["Telegram:WebhookSecret"] = secret,
        // Telegram itself allows 30 messages/s in all and 1/s per chat; the load measures our pipeline, not that.
        ["Telegram:MessagesPerSecondPerChat"] = "1000",
        ["Telegram:MessagesPerSecond"] = "1000",
        // A simulated resident answers faster than a person; the per-conversation limit is not what is measured.
        ["WebChat:MessagesPerMinute"] = "10000",
        // All simulated residents come from one address; the per-address limits are not what is measured.
        ["WebChat:TokensPerMinutePerAddress"] = "1000000",
        ["WebChat:ConversationsPerMinutePerAddress"] = "1000000",
        ["WebChat:StreamsPerAddress"] = "1000000",
        ["WebChat:MaxStreams"] = "1000000",
        ["Turns:Workers"] = options.Workers?.ToString(CultureInfo.InvariantCulture),
    };
    if (options.Postgres is { } postgres)
    {
        await Psql(postgres, "postgres", $"CREATE DATABASE {postgresDatabase}");
        settings["Storage:Provider"] = "Postgres";
        settings["ConnectionStrings:BuurtBot"] = $"{postgres};Database={postgresDatabase}";
    }

    foreach (var (key, value) in teams?.HostSettings() ?? new Dictionary<string, string?>())
    {
        settings[key] = value;
    }

    if (options.Pin is not null)
    {
        // The runtime sizes its thread pool and GC from the CPUs it may use; pinned after start, it would still
        // think it has them all.
        settings["DOTNET_PROCESSOR_COUNT"] = options.Pin.Split(',').Length.ToString(CultureInfo.InvariantCulture);
    }

    foreach (var (key, value) in options.Settings)
    {
        settings[key] = value;
    }

    // Several instances share the database; each keeps its own scheduler file and only the first schedules
    // (README, "PostgreSQL and several instances").
    var hosts = new List<HostProcess>();
    for (var i = 0; i < options.Instances; i++)
    {
        var own = new Dictionary<string, string?>(settings.Where(s => s.Value is not null))
        {
            ["ConnectionStrings:Scheduler"] = $"Data Source={database}.scheduler{i}",
            ["Scheduling:Enabled"] = i == 0 ? "true" : "false",
        };
        if (options.SteadyWarmup && soakConversations == 0)
        {
            foreach (var (key, value) in SteadyWarmup.HostSettings(SteadyWarmup.JitLog($"{database}.{i}")))
            {
                own[key] = value;
            }
        }

        var host = await HostProcess.StartAsync(database, own);
        if (options.Pin is { } cpus)
        {
            Pin(host.Pid, cpus);
        }

        hosts.Add(host);
    }

    var postgresServer = options.Postgres is { } server ? await PostgresServerPid(server) : (int?)null;

    try
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        var drivers = hosts.Select(host =>
        {
            var http = new HttpClient(handler, disposeHandler: false) { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            return channel switch
            {
                "telegram" => (IResidentChannel)new TelegramResidents(http, telegram, secret),
                "teams" => new TeamsResidents(http, teams!),
                _ => new WebChatResidents(http, TimeSpan.FromMilliseconds(options.PollMs), options.WebChat == "stream"),
            };
        }).ToList();

        var recorder = new Recorder { Think = TimeSpan.FromMilliseconds(options.ThinkMs) };
        var rssSamples = new List<(double Seconds, int Conversations, double RssMb)>();
        using var stop = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        // Warm-up: all residents run for --warmup seconds (JIT tiering, pools, caches), not measured; with
        // --warmup steady until the host's JIT is done (SteadyWarmup; at most ten minutes).
        var warmup = TimeSpan.FromSeconds(soakConversations > 0 ? 0 : options.Warmup);
        var deadline = warmup + (soakConversations > 0 ? TimeSpan.FromHours(2) : TimeSpan.FromSeconds(options.Seconds));
        var measuring = warmup == TimeSpan.Zero;
        recorder.Recording = measuring;
        var started = 0;
        var warmConversations = 0;
        long[] cpuAtStart = [.. hosts.Select(h => CpuTicks(h.Pid))];
        var postgresCpuAtStart = postgresServer is { } pgPid ? ClusterCpuTicks(pgPid) : 0;
        var throttledAtStart = 0;
        var clientCpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        var measureStart = TimeSpan.Zero;
        var steady = new SteadyWarmup(options.SteadyWarmup && soakConversations == 0, [.. hosts.Select((_, i) => SteadyWarmup.JitLog($"{database}.{i}"))]);
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(soakConversations > 0 ? 5 : 1), CancellationToken.None);
                if (!measuring && steady.Enabled && steady.Sample(clock.Elapsed, hosts.Sum(h => CpuTicks(h.Pid)), recorder.AllTurns) is { } window)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   warm-up {clock.Elapsed.TotalSeconds:F0} s: {window.CpuMsPerTurn:F2} ms/turn, {window.TurnsPerSecond:F0} turns/s, {window.MethodsCompiled} methods JIT-compiled in the last {SteadyWarmup.Window.TotalSeconds:F0} s"));
                    if (steady.IsSteady)
                    {
                        // Measure from now; the run lasts --seconds from here.
                        warmup = clock.Elapsed;
                        deadline = warmup + TimeSpan.FromSeconds(options.Seconds);
                    }
                }

                if (!measuring && clock.Elapsed >= warmup)
                {
                    // Start of the measured window.
                    warmConversations = recorder.Conversations;
                    recorder.Reset();
                    cpuAtStart = [.. hosts.Select(h => CpuTicks(h.Pid))];
                    postgresCpuAtStart = postgresServer is { } pid ? ClusterCpuTicks(pid) : 0;
                    throttledAtStart = teams?.Throttled ?? 0;
                    clientCpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
                    measureStart = clock.Elapsed;
                    recorder.Recording = measuring = true;
                    Console.WriteLine($"   warm-up done ({warmConversations} conversations); measuring; load average {LoadAverage()}");
                }

                lock (rssSamples)
                {
                    rssSamples.Add((clock.Elapsed.TotalSeconds, recorder.Conversations, hosts.Sum(h => h.RssBytes()) / 1048576.0));
                }

                if (soakConversations > 0)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {clock.Elapsed.TotalSeconds:F0} s: {recorder.Conversations} conversations, RSS {hosts.Sum(h => h.RssBytes()) / 1048576.0:F0} MB, peak {hosts.Max(h => h.PeakRssBytes()) / 1048576.0:F0} MB"));
                }
            }
        });

        async Task ResidentAsync(int index)
        {
            var driver = drivers[index % drivers.Count];
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

        // Residents start spread over the first second, as people do, not in one burst.
        var all = Task.WhenAll(Enumerable.Range(0, residents).Select(i => Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(1000.0 * i / residents));
            await ResidentAsync(i);
        })));
        // Timed runs: residents finish the conversation they are in; anything still going 60 s later is cut.
        await Task.WhenAny(all, Task.Delay(deadline + TimeSpan.FromSeconds(60)));
        var elapsed = (clock.Elapsed - measureStart).TotalSeconds;
        var latencies = recorder.Snapshot();
        long[] cpuAtEnd = [.. hosts.Select(h => CpuTicks(h.Pid))];
        var postgresCpuMs = postgresServer is { } endPid ? (ClusterCpuTicks(endPid) - postgresCpuAtStart) * 1000.0 / 100 : 0;
        var throttled = (teams?.Throttled ?? 0) - throttledAtStart;
        var clientCpu = (Process.GetCurrentProcess().TotalProcessorTime - clientCpuAtStart).TotalMilliseconds;
        await stop.CancelAsync();
        await sampler;
        var peakRss = hosts.Max(h => h.PeakRssBytes()) / 1048576.0;
        var conversations = recorder.Conversations;
        foreach (var host in hosts)
        {
            await host.StopAsync();
        }

        var dbBytes = options.Postgres is { } pg
            ? long.Parse((await Psql(pg, "postgres", $"SELECT pg_database_size('{postgresDatabase}')")).Trim(), CultureInfo.InvariantCulture)
            : new[] { "", "-wal" }.Select(s => new FileInfo(database + s)).Where(f => f.Exists).Sum(f => f.Length);
        if (options.Postgres is { } drop)
        {
            await Psql(drop, "postgres", $"DROP DATABASE {postgresDatabase}");
        }

        if (Environment.GetEnvironmentVariable("BUURTBOT_LOAD_KEEP_DB") == "1")
        {
            // For looking at where a turn's time went (inbox, turn, outbox timestamps) after the run.
            Console.WriteLine($"   database kept: {database}");
        }
        else
        {
            HostProcess.DeleteDatabase(database);
        }

        for (var i = 0; i < hosts.Count; i++)
        {
            HostProcess.DeleteDatabase($"{database}.scheduler{i}");
            File.Delete(SteadyWarmup.JitLog($"{database}.{i}"));
        }

        // CPU of the server process(es) per measured turn, from /proc (utime + stime): unlike latency, it hardly
        // depends on what else the machine runs.
        var serverCpuMs = cpuAtEnd.Zip(cpuAtStart, (end, begin) => (end - begin) * 1000.0 / 100 /* USER_HZ: /proc counts CPU time in 1/100 s */).Sum();
        Array.Sort(latencies);
        double Ms(double p) => latencies.Length == 0 ? 0 : latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p * latencies.Length) - 1)] * 1000.0 / Stopwatch.Frequency;
        var turns = Math.Max(1, latencies.Length);
        var result = new RunResult(channel == "webchat" ? $"webchat ({options.WebChat})" : channel, store, options.Instances, residents, latencies.Length, conversations, recorder.Failures, Math.Round(elapsed, 1),
            latencies.Length / elapsed, Ms(0.50), Ms(0.95), Ms(0.99), Ms(1.0), peakRss,
            dbBytes / 1024.0 / Math.Max(1, conversations + warmConversations), dbBytes,
            serverCpuMs / turns, postgresCpuMs / turns, clientCpu / turns, throttled, options.Pin ?? "", LoadAverage(),
            [.. rssSamples.Select(s => new RssSample(Math.Round(s.Seconds, 1), s.Conversations, Math.Round(s.RssMb, 1)))]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"   {result.Turns} turns in {elapsed:F1} s = {result.TurnsPerSecond:F0}/s; p50 {result.P50Ms:F1} p95 {result.P95Ms:F1} p99 {result.P99Ms:F1} ms; server CPU {result.ServerCpuMsPerTurn:F2} ms/turn{(postgresServer is null ? "" : $" + PostgreSQL {result.PostgresCpuMsPerTurn:F2}")}{(options.Pin is null ? "" : $" (pinned to CPU {options.Pin})")}{(teams is null ? "" : $", {throttled} posts throttled by Teams' limits")}, load generator {result.ClientCpuMsPerTurn:F2} ms/turn; peak RSS {peakRss:F0} MB; {conversations} conversations, {result.Failures} failed; load average {result.LoadAverageAfter}"));
        return result;
    }
    catch (Exception ex)
    {
        foreach (var host in hosts)
        {
            Console.WriteLine($"   run failed: {ex.GetType().Name}: {ex.Message}; host {(host.HasExited ? "exited" : "running")}; its last output:");
            Console.WriteLine(host.RecentOutput);
        }

        throw;
    }
    finally
    {
        foreach (var host in hosts.Where(h => !h.HasExited))
        {
            host.Kill();
        }
    }
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "";

// Every thread of the process onto these CPUs (taskset -a: also the threads the runtime has started already).
static void Pin(int pid, string cpus)
{
    using var taskset = Process.Start(new ProcessStartInfo("taskset", ["-a", "-p", "-c", cpus, pid.ToString(CultureInfo.InvariantCulture)])
    {
        UseShellExecute = false,
        RedirectStandardOutput = true,
    })!;
    taskset.WaitForExit();
    if (taskset.ExitCode != 0)
    {
        throw new InvalidOperationException($"taskset could not pin {pid} to CPU {cpus}.");
    }
}

// The PostgreSQL server's postmaster, from postmaster.pid in its data directory (the server must run on this machine).
static async Task<int> PostgresServerPid(string connectionString)
{
    var dataDirectory = (await Psql(connectionString, "postgres", "SHOW data_directory")).Trim();
    return int.Parse(File.ReadLines(Path.Combine(dataDirectory, "postmaster.pid")).First(), CultureInfo.InvariantCulture);
}

// CPU of a PostgreSQL cluster: the postmaster with the children it has reaped (cutime + cstime) and every child
// still running (one backend per pooled connection, the WAL writer, checkpointer, autovacuum).
static long ClusterCpuTicks(int postmaster)
{
    long ticks = 0;
    foreach (var dir in Directory.EnumerateDirectories("/proc"))
    {
        if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            continue;
        }

        try
        {
            var stat = File.ReadAllText(Path.Combine(dir, "stat"));
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
            if (pid == postmaster)
            {
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)
                    + long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
            }
            else if (parent == postmaster)
            {
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
        }
        catch (IOException)
        {
            // The process ended while we looked: its time is in the postmaster's cutime from now on.
        }
    }

    return ticks;
}

// utime + stime of a process, in clock ticks (fields 14 and 15 of /proc/<pid>/stat).
static long CpuTicks(int pid)
{
    var stat = File.ReadAllText($"/proc/{pid}/stat");
    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
}

// psql against the server in a connection string of the form Host=…;Port=…;Username=….
static async Task<string> Psql(string connectionString, string databaseName, string sql)
{
    var parts = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
    var start = new ProcessStartInfo("psql", ["-h", parts["Host"], "-p", parts.GetValueOrDefault("Port", "5432"), "-U", parts["Username"], "-d", databaseName, "-tAc", sql])
    {
        UseShellExecute = false,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    };
    using var psql = Process.Start(start)!;
    var output = await psql.StandardOutput.ReadToEndAsync();
    await psql.WaitForExitAsync();
    return psql.ExitCode == 0 ? output : throw new InvalidOperationException($"psql: {await psql.StandardError.ReadToEndAsync()}");
}

internal sealed record RssSample(double Seconds, int Conversations, double RssMb);

internal sealed record RunResult(
    string Channel, string Store, int Instances, int Residents, int Turns, int Conversations, int Failures, double Seconds, double TurnsPerSecond,
    double P50Ms, double P95Ms, double P99Ms, double MaxMs, double PeakRssMb, double DbKbPerConversation, long DbBytes,
    double ServerCpuMsPerTurn, double PostgresCpuMsPerTurn, double ClientCpuMsPerTurn, int Throttled, string Pinned, string LoadAverageAfter,
    IReadOnlyList<RssSample> RssSamples);

internal sealed record Options(
    int[] Residents, string[] Channels, int Seconds, int Warmup, bool SteadyWarmup, int Soak, string WebChat, int PollMs, int ThinkMs, int? Workers, string Out,
    string? Postgres, int Instances, string? Pin, Dictionary<string, string> Settings)
{
    public static Options Parse(string[] args)
    {
        string? Get(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return new Options(
            (Get("--residents") ?? "1,50,200").Split(',').Select(int.Parse).ToArray(),
            (Get("--channels") ?? "webchat,telegram").Split(','),
            int.Parse(Get("--seconds") ?? "30", CultureInfo.InvariantCulture),
            Get("--warmup") is "steady" ? (int)BuurtBot.Load.SteadyWarmup.Longest.TotalSeconds : int.Parse(Get("--warmup") ?? "10", CultureInfo.InvariantCulture),
            Get("--warmup") is "steady",
            int.Parse(Get("--soak") ?? "0", CultureInfo.InvariantCulture),
            Get("--webchat") is { } mode
                ? mode is "stream" or "poll" ? mode : throw new ArgumentException($"--webchat is 'stream' or 'poll', not '{mode}'.", nameof(args))
                : "stream",
            int.Parse(Get("--poll-ms") ?? "10", CultureInfo.InvariantCulture),
            int.Parse(Get("--think-ms") ?? "0", CultureInfo.InvariantCulture),
            Get("--workers") is { } w ? int.Parse(w, CultureInfo.InvariantCulture) : null,
            Get("--out") ?? "bench/results",
            Get("--postgres"),
            int.Parse(Get("--instances") ?? "1", CultureInfo.InvariantCulture),
            // --pin 1 (or 0,1): every host process runs on these CPUs only (taskset), the load generator elsewhere.
            Get("--pin"),
            // --set Key=Value (repeatable): host configuration, e.g. --set Turns:ShowTypingAfter=00:00:05.
            args.Select((a, i) => (a, i)).Where(x => x.a == "--set" && x.i + 1 < args.Length)
                .Select(x => args[x.i + 1].Split('=', 2)).ToDictionary(kv => kv[0], kv => kv.Length > 1 ? kv[1] : ""));
    }
}
