using System.Diagnostics;

namespace BuurtBot.Tests.Testing;

/// <summary>
/// A real server from npm run as a Node process (<c>BuurtBot.Tests/js/*.mjs</c>): started, waited for
/// until it prints its ready line, its output kept for the test, killed on dispose.
/// </summary>
public sealed class NodeServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly TaskCompletionSource<string> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private NodeServer(Process process, string readyPrefix)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                _ready.TrySetException(new InvalidOperationException("The node server ended before it was ready:\n" + Output));
                return;
            }

            lock (_lines)
            {
                _lines.Add(e.Data);
            }

            if (e.Data.StartsWith(readyPrefix, StringComparison.Ordinal))
            {
                _ready.TrySetResult(e.Data[readyPrefix.Length..].Trim());
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_lines)
                {
                    _lines.Add("stderr: " + e.Data);
                }
            }
        };
    }

    /// <summary>What the ready line said after its prefix (e.g. the issuer or the port).</summary>
    public string Ready { get; private set; } = "";

    /// <summary>Every line the process wrote so far.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public string Output => string.Join('\n', Lines);

    public static async Task<NodeServer> StartAsync(string script, string readyPrefix, params string[] arguments)
    {
        var info = new ProcessStartInfo(TestClients.Node)
        {
            WorkingDirectory = TestClients.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(TestClients.Folder, script));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var server = new NodeServer(new Process { StartInfo = info }, readyPrefix);
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        server.Ready = await server._ready.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
