using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace BuurtBot.Tests.Testing;

/// <summary>
/// A resident on Microsoft's <c>botframework-directlinejs</c> in Node (<c>BuurtBot.Tests/js/directline-resident.js</c>):
/// the real client library's token, start, WebSocket stream and posts, driven line by line from the test.
/// </summary>
public sealed class DirectLineJsResident : IAsyncDisposable
{
    private readonly Process _node;
    private readonly Channel<JsonObject> _activities = Channel.CreateUnbounded<JsonObject>();
    private readonly List<string> _log = [];

    private DirectLineJsResident(Process node)
    {
        _node = node;
        _ = Task.Run(ReadAsync);
        _ = Task.Run(async () =>
        {
            while (await node.StandardError.ReadLineAsync() is { } line)
            {
                Log("stderr: " + line);
            }
        });
    }

    /// <summary>The connection statuses directlinejs reported, in order (2 = Online, 3 = ExpiredToken).</summary>
    public List<int> Statuses { get; } = [];

    public static DirectLineJsResident Start(Uri bot)
    {
        var start = new ProcessStartInfo(TestClients.Node)
        {
            WorkingDirectory = TestClients.Folder,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(TestClients.Folder, "directline-resident.js"));
        start.ArgumentList.Add(bot.GetLeftPart(UriPartial.Authority));
        return new DirectLineJsResident(Process.Start(start)!);
    }

    /// <summary>The next activity directlinejs delivered (the bot's, or the echo of the resident's own).</summary>
    public async Task<JsonObject> NextActivityAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        try
        {
            return await _activities.Reader.ReadAsync(cancel.Token);
        }
        catch (OperationCanceledException ex)
        {
            throw new TimeoutException($"directlinejs delivered nothing. Its log: {Describe()}", ex);
        }
    }

    public Task SayAsync(string text) => SendAsync(new JsonObject { ["say"] = text });

    public Task TapAsync(JsonObject action) => SendAsync(new JsonObject { ["tap"] = action.DeepClone() });

    private async Task SendAsync(JsonObject command)
    {
        await _node.StandardInput.WriteLineAsync(command.ToJsonString());
        await _node.StandardInput.FlushAsync();
    }

    private async Task ReadAsync()
    {
        while (await _node.StandardOutput.ReadLineAsync() is { } line)
        {
            var message = JsonNode.Parse(line)!.AsObject();
            if (message["activity"] is JsonObject activity)
            {
                await _activities.Writer.WriteAsync(activity);
            }
            else if (message["status"] is { } status)
            {
                lock (Statuses)
                {
                    Statuses.Add(status.GetValue<int>());
                }
            }
            else
            {
                Log(line);
            }
        }

        _activities.Writer.TryComplete();
    }

    private void Log(string line)
    {
        lock (_log)
        {
            _log.Add(line);
        }
    }

    private string Describe()
    {
        lock (_log)
        {
            lock (Statuses)
            {
                return $"statuses {string.Join(",", Statuses)}; {string.Join(" / ", _log.TakeLast(10))}";
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await SendAsync(new JsonObject { ["end"] = true });
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _node.WaitForExitAsync(wait.Token);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or InvalidOperationException)
        {
            _node.Kill(entireProcessTree: true);
        }

        _node.Dispose();
    }
}
