using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace BuurtBot.Tests.Testing;

/// <summary>
/// A Direct Line stream as botframework-directlinejs opens it: a real WebSocket to the streamUrl,
/// every message kept in order (an empty one is a keep-alive), and how the server closed it.
/// </summary>
public sealed class DirectLineStreamClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly Channel<string> _messages = Channel.CreateUnbounded<string>();
    private Task _receiving = Task.CompletedTask;

    public List<JsonObject> Activities { get; } = [];

    public string? Watermark { get; private set; }

    public int KeepAlives { get; private set; }

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseDescription => _socket.CloseStatusDescription;

    public static async Task<DirectLineStreamClient> ConnectAsync(string streamUrl)
    {
        var client = new DirectLineStreamClient();
        await client._socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        client._receiving = client.ReceiveAsync();
        return client;
    }

    /// <summary>Tries to connect and returns the HTTP status the server refused (or accepted) with.</summary>
    public static async Task<HttpStatusCode> StatusOfConnectingAsync(string url, string? bearer = null)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        if (bearer is not null)
        {
            socket.Options.SetRequestHeader("Authorization", "Bearer " + bearer);
        }

        try
        {
            await socket.ConnectAsync(new Uri(url), CancellationToken.None);
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // Refused before the upgrade: the status says why.
        }

        return socket.HttpStatusCode;
    }

    /// <summary>Reads messages until <paramref name="done"/> holds for the activities so far (or the timeout passes).</summary>
    public async Task<IReadOnlyList<JsonObject>> ReceiveUntilAsync(Func<IReadOnlyList<JsonObject>, bool> done, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        try
        {
            while (!done(Activities))
            {
                var message = await _messages.Reader.ReadAsync(cancel.Token);
                if (message.Length == 0)
                {
                    KeepAlives++;
                    continue;
                }

                var set = JsonNode.Parse(message)!.AsObject();
                Watermark = set["watermark"]!.GetValue<string>();
                Activities.AddRange(set["activities"]!.AsArray().Select(a => a!.AsObject()));
            }
        }
        catch (OperationCanceledException ex)
        {
            throw new TimeoutException($"The stream did not deliver in time; got {Activities.Count} activities: {string.Join(" | ", Activities.Select(a => a["text"]))}", ex);
        }

        return Activities;
    }

    public Task<IReadOnlyList<JsonObject>> ReceiveBotMessagesAsync(int count, TimeSpan? timeout = null) =>
        ReceiveUntilAsync(activities => activities.Count(IsFromBot) >= count, timeout);

    /// <summary>Waits for one more message of any kind, a keep-alive included; false when none came in time.</summary>
    public async Task<bool> ReceiveKeepAliveAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var message = await _messages.Reader.ReadAsync(cancel.Token);
                if (message.Length == 0)
                {
                    KeepAlives++;
                    return true;
                }
            }
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Waits until the server closes the stream; true if it did within the timeout.</summary>
    public async Task<bool> WaitForCloseAsync(TimeSpan timeout) =>
        await Task.WhenAny(_receiving, Task.Delay(timeout)) == _receiving;

    public static bool IsFromBot(JsonObject activity) => activity["from"]?["role"]?.GetValue<string>() == "bot";

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (_socket.State == WebSocketState.CloseReceived)
                    {
                        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
                    }

                    break;
                }

                await _messages.Writer.WriteAsync(Encoding.UTF8.GetString(message.ToArray()));
            }
        }
        catch (WebSocketException)
        {
        }

        _messages.Writer.TryComplete();
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
                await WaitForCloseAsync(TimeSpan.FromSeconds(5));
            }
            catch (WebSocketException)
            {
            }
        }

        _socket.Dispose();
    }
}
