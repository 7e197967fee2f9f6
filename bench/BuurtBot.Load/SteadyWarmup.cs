namespace BuurtBot.Load;

/// <summary>
/// Decides when a warm-up is over by watching the host's JIT, not the clock. On one core the JIT's
/// tier-up (tier 0, instrumented, tier 1) shares the core with the turns for two minutes and more, and a
/// measurement inside that stretch is mostly JIT: the same build measured 6.8 to 22.7 ms a turn with a
/// fixed 30–60 s warm-up, and 4–5 ms once the JIT was done. The CPU per turn alone cannot tell: it holds
/// still for a minute at 13–18 ms while the tier-up is under way. So the host writes a line for every
/// method it compiles (<c>DOTNET_JitDisasmSummary</c>, a release runtime's own switch, into
/// <see cref="JitLog"/>), and the warm-up ends after two windows of <see cref="Window"/> with fewer than
/// <see cref="FewMethods"/> compiled.
/// </summary>
public sealed class SteadyWarmup(bool enabled, IReadOnlyList<string> jitLogs)
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    /// <summary>A host that never settles is measured anyway after this, and the windows printed show why.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromMinutes(10);

    /// <summary>Once the tier-up is over a host still compiles a few methods a window (a rare path, a timer).</summary>
    public const int FewMethods = 50;

    private int _quietWindows;
    private TimeSpan _windowStart = TimeSpan.MinValue;
    private long _cpuTicksAtStart;
    private long _turnsAtStart;
    private long _methodsAtStart;

    public bool Enabled => enabled;

    public bool IsSteady => _quietWindows >= 2;

    /// <summary>The host settings that make it log what it compiles.</summary>
    public static Dictionary<string, string?> HostSettings(string jitLog) => new()
    {
        ["DOTNET_JitDisasmSummary"] = "1",
        ["DOTNET_JitStdOutFile"] = jitLog,
    };

    public static string JitLog(string database) => database + ".jit";

    /// <summary>Called every second; returns the window that just closed, if one did.</summary>
    public WarmupWindow? Sample(TimeSpan elapsed, long cpuTicks, long turns)
    {
        var methods = jitLogs.Select(CountLines).Sum();
        if (_windowStart == TimeSpan.MinValue)
        {
            (_windowStart, _cpuTicksAtStart, _turnsAtStart, _methodsAtStart) = (elapsed, cpuTicks, turns, methods);
            return null;
        }

        if (elapsed - _windowStart < Window)
        {
            return null;
        }

        var seconds = (elapsed - _windowStart).TotalSeconds;
        var turnCount = Math.Max(1, turns - _turnsAtStart);
        // /proc counts CPU time in 1/100 s (USER_HZ).
        var window = new WarmupWindow((cpuTicks - _cpuTicksAtStart) * 10.0 / turnCount, turnCount / seconds, methods - _methodsAtStart);
        _quietWindows = window.MethodsCompiled < FewMethods ? _quietWindows + 1 : 0;
        (_windowStart, _cpuTicksAtStart, _turnsAtStart, _methodsAtStart) = (elapsed, cpuTicks, turns, methods);
        return window;
    }

    // Each log is read from where the last sample stopped: it grows to megabytes during the tier-up,
    // and reading it whole every second took CPU from the load generator's core.
    private readonly long[] _bytesRead = new long[jitLogs.Count];
    private readonly long[] _linesSeen = new long[jitLogs.Count];
    private readonly byte[] _buffer = new byte[1 << 16];

    private long CountLines(string path, int log)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            stream.Position = _bytesRead[log];
            int read;
            while ((read = stream.Read(_buffer, 0, _buffer.Length)) > 0)
            {
                _linesSeen[log] += _buffer.AsSpan(0, read).Count((byte)'\n');
                _bytesRead[log] += read;
            }
        }
        catch (FileNotFoundException)
        {
            // Not written yet: the host has not started its JIT.
        }

        return _linesSeen[log];
    }
}

public sealed record WarmupWindow(double CpuMsPerTurn, double TurnsPerSecond, long MethodsCompiled);
