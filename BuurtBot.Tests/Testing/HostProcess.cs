using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace BuurtBot.Tests.Testing;

/// <summary>
/// The real host as a separate process: <c>dotnet BuurtBot.dll</c> from BuurtBot's own build
/// output, listening on a loopback port, over its own SQLite file. Used by the reliability tests
/// (which kill it with SIGKILL) and by the load generator in bench/BuurtBot.Load (which links this file).
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Queue<string> _output = new();

    /// <summary>Every line so far (start-up is short), for <see cref="WaitForLineAsync"/>.</summary>
    private readonly List<string> _seen = [];
    private readonly Lock _gate = new();
    private Process _process = null!;

    private HostProcess(int port, string databasePath, IReadOnlyDictionary<string, string?> settings)
    {
        Port = port;
        DatabasePath = databasePath;
        Settings = settings;
    }

    public int Port { get; }

    public string DatabasePath { get; }

    public IReadOnlyDictionary<string, string?> Settings { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The exit code once exited; killed by a signal it is 128 + the signal (137 for SIGKILL).</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>The last lines the host wrote (stdout and stderr), for failure messages.</summary>
    public string RecentOutput
    {
        get
        {
            lock (_gate)
            {
                return string.Join(Environment.NewLine, _output);
            }
        }
    }

    /// <summary>
    /// Starts the host and waits until <c>/health/ready</c> answers 200. <paramref name="settings"/> are
    /// configuration keys (<c>Turns:Workers</c>), passed as environment variables.
    /// </summary>
    public static async Task<HostProcess> StartAsync(string databasePath, IReadOnlyDictionary<string, string?>? settings = null, int? port = null, TimeSpan? timeout = null)
    {
        var host = new HostProcess(port ?? FreeLoopbackPort(), databasePath, settings ?? new Dictionary<string, string?>());
        await host.LaunchAsync(timeout ?? TimeSpan.FromSeconds(60));
        return host;
    }

    /// <summary>
    /// Starts the host without waiting for it, for tests that watch its start-up (<see cref="WaitForLineAsync"/>)
    /// or kill it part-way; <see cref="WaitUntilReadyAsync"/> waits for it after all.
    /// </summary>
    public static HostProcess Launch(string databasePath, IReadOnlyDictionary<string, string?>? settings = null, int? port = null)
    {
        var host = new HostProcess(port ?? FreeLoopbackPort(), databasePath, settings ?? new Dictionary<string, string?>());
        host.Spawn();
        return host;
    }

    /// <summary>Waits until the host has written a line containing <paramref name="text"/>; false if it exited or the time ran out first.</summary>
    public async Task<bool> WaitForLineAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            lock (_gate)
            {
                if (_seen.Any(line => line.Contains(text, StringComparison.Ordinal)))
                {
                    return true;
                }
            }

            if (_process.HasExited)
            {
                return false;
            }

            await Task.Delay(1);
        }

        return false;
    }

    /// <summary>Whether the host has written a line containing <paramref name="text"/> so far.</summary>
    public bool HasWritten(string text)
    {
        lock (_gate)
        {
            return _seen.Any(line => line.Contains(text, StringComparison.Ordinal));
        }
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200 (after <see cref="Launch"/>).</summary>
    public Task WaitUntilReadyAsync(TimeSpan timeout) => WaitReadyAsync(timeout);

    /// <summary>A new process on the same port and database (after a kill or stop).</summary>
    public async Task<HostProcess> RestartAsync(TimeSpan? timeout = null)
    {
        var next = new HostProcess(Port, DatabasePath, Settings);
        await next.LaunchAsync(timeout ?? TimeSpan.FromSeconds(60));
        return next;
    }

    /// <summary>SIGKILL, the process and its children: nothing gets to clean up.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit(10_000);
    }

    /// <summary>SIGTERM and wait for the graceful shutdown (SQLite checkpoints its WAL on the last close).</summary>
    public async Task StopAsync(TimeSpan? timeout = null)
    {
        if (_process.HasExited)
        {
            return;
        }

        using (var term = Process.Start(new ProcessStartInfo("kill", ["-TERM", Pid.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false }))
        {
            await term!.WaitForExitAsync();
        }

        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
        }
    }

    /// <summary>Peak resident set size so far (VmHWM in /proc/&lt;pid&gt;/status), in bytes; 0 where /proc is missing.</summary>
    public long PeakRssBytes() => ReadStatusKb("VmHWM:") * 1024;

    /// <summary>Current resident set size (VmRSS), in bytes.</summary>
    public long RssBytes() => ReadStatusKb("VmRSS:") * 1024;

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(10));
        _process.Dispose();
    }

    /// <summary>Deletes a SQLite file with its WAL and shared-memory files (best effort).</summary>
    public static void DeleteDatabase(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try
            {
                File.Delete(path + suffix);
            }
            catch (IOException)
            {
                // A temp file left behind is harmless.
            }
        }
    }

    /// <summary>
    /// BuurtBot.dll in BuurtBot's build output, in the same configuration as the caller
    /// (BUURTBOT_HOST_DLL overrides).
    /// </summary>
    public static string FindHostDll()
    {
        if (Environment.GetEnvironmentVariable("BUURTBOT_HOST_DLL") is { Length: > 0 } configured)
        {
            return configured;
        }

        var here = AppContext.BaseDirectory;
        var configuration = here.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        for (var dir = new DirectoryInfo(here); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BuurtBot.sln")))
            {
                var dll = Path.Combine(dir.FullName, "BuurtBot", "bin", configuration, "net10.0", "BuurtBot.dll");
                return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build BuurtBot ({configuration}) first.", dll);
            }
        }

        throw new DirectoryNotFoundException($"No BuurtBot.sln above {here}.");
    }

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task LaunchAsync(TimeSpan timeout)
    {
        Spawn();
        await WaitReadyAsync(timeout);
    }

    private void Spawn()
    {
        var dll = FindHostDll();
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath) ? hostPath : "dotnet";
        var start = new ProcessStartInfo(dotnet, [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/');
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__BuurtBot"] = $"Data Source={DatabasePath}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        start.Environment["Admin__SecureCookies"] = "false";
        // Production refuses to start without a public address; this one is the host's own.
        start.Environment["Hosting__PublicBaseUrl"] = BaseAddress.ToString().TrimEnd('/');
        foreach (var (key, value) in Settings)
        {
            // A null setting removes one of the defaults above.
            var name = key.Replace(":", "__", StringComparison.Ordinal);
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Remember(e.Data);
        _process.ErrorDataReceived += (_, e) => Remember(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private async Task WaitReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {_process.ExitCode} at start:{Environment.NewLine}{RecentOutput}");
            }

            try
            {
                using var response = await http.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                Kill();
                throw new TimeoutException($"The host did not become ready within {timeout}:{Environment.NewLine}{RecentOutput}");
            }

            await Task.Delay(100);
        }
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _output.Enqueue(line);
            if (_seen.Count < 10_000)
            {
                _seen.Add(line);
            }

            while (_output.Count > 200)
            {
                _output.Dequeue();
            }
        }
    }

    private long ReadStatusKb(string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // Gone or not Linux.
        }

        return 0;
    }
}
