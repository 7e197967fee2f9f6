using System.Net.WebSockets;
using System.Text.Json;
using BuurtBot.Storage;

namespace BuurtBot.Channels.WebChat;

/// <summary>
/// One resident's Direct Line WebSocket: first every line after the watermark, then each new line
/// as the hub signals, as <c>ActivitySet</c> messages; an empty message as keep-alive when a quiet
/// spell had nothing new. Closes when
/// the resident does, when the host stops (1001, reconnect elsewhere) and when the token expires (1008).
/// Only this loop sends, so sends never overlap; the resident's own messages still come by POST.
/// </summary>
internal sealed partial class DirectLineStream(
    WebSocket socket,
    StreamSubscription subscription,
    DirectLineTranscript.StoredConversation conversation,
    string id,
    IServiceScopeFactory scopes,
    JsonSerializerOptions json,
    TimeProvider time,
    ILogger<DirectLineStream> logger)
{
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    public async Task RunAsync(long after, TimeSpan keepAlive, DateTimeOffset? expires, CancellationToken aborted, CancellationToken hostStopping)
    {
        using var expiry = expires is { } at
            ? new CancellationTokenSource(Max(at - time.GetUtcNow(), TimeSpan.Zero), time)
            : new CancellationTokenSource();
        using var clientClosed = new CancellationTokenSource();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted, hostStopping, expiry.Token, clientClosed.Token);
        var receiving = ReceiveUntilClosedAsync(clientClosed);

        var (status, reason) = (WebSocketCloseStatus.NormalClosure, "");
        try
        {
            await SendLoopAsync(after, keepAlive, stop.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Stopped (see below), or the resident went away or stalled in the middle of a send.
        }
        catch (Exception ex)
        {
            LogStreamFailed(ex);
            (status, reason) = (WebSocketCloseStatus.InternalServerError, "Something went wrong; reconnect with your watermark.");
        }

        if (hostStopping.IsCancellationRequested)
        {
            (status, reason) = (WebSocketCloseStatus.EndpointUnavailable, "BuurtBot is restarting; reconnect with your watermark.");
        }
        else if (expiry.IsCancellationRequested)
        {
            (status, reason) = (WebSocketCloseStatus.PolicyViolation, "The token expired; refresh it and reconnect.");
        }

        await CloseAsync(status, reason, receiving);
    }

    private async Task SendLoopAsync(long after, TimeSpan keepAlive, CancellationToken stop)
    {
        subscription.Signal(); // the lines the resident missed come first
        while (true)
        {
            // Quiet for a while: look anyway (a relayed notification can be lost while an instance's
            // LISTEN connection is down), and send an empty keep-alive if there is nothing.
            var signalled = await subscription.WaitAsync(keepAlive, stop);
            DirectLineTranscript.Read read;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
                read = await DirectLineTranscript.ReadAfterAsync(db, conversation, id, after, stop);
            }

            if (read.Set.Activities.Count > 0)
            {
                await SendAsync(JsonSerializer.SerializeToUtf8Bytes(read.Set, json));
                after = read.Watermark;
            }
            else if (!signalled)
            {
                await SendAsync(ReadOnlyMemory<byte>.Empty);
            }

            if (read.More)
            {
                subscription.Signal();
            }
        }
    }

    // Not cancelled by stop: cancelling a send aborts the socket, and then it cannot close cleanly.
    private async Task SendAsync(ReadOnlyMemory<byte> message)
    {
        using var timeout = new CancellationTokenSource(SendTimeout);
        await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
    }

    /// <summary>Reads until the resident closes (Direct Line clients send nothing else here; anything else is dropped).</summary>
    private async Task ReceiveUntilClosedAsync(CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The connection dropped or was aborted.
        }

        await closed.CancelAsync();
    }

    private async Task CloseAsync(WebSocketCloseStatus status, string reason, Task receiving)
    {
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(CloseTimeout);
                await socket.CloseOutputAsync(status, reason, timeout.Token);
            }

            await receiving.WaitAsync(CloseTimeout);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or TimeoutException)
        {
            socket.Abort();
        }

        await receiving;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    [LoggerMessage(Level = LogLevel.Warning, Message = "A web chat stream failed and was closed")]
    private partial void LogStreamFailed(Exception exception);
}
