using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BuurtBot.Fakes.Telegram;

/// <summary>
/// A Telegram Bot API on loopback that speaks the real wire format: <c>/bot&lt;token&gt;/&lt;method&gt;</c>,
/// JSON <c>ok</c>/<c>result</c> or <c>error_code</c>/<c>description</c>/<c>parameters.retry_after</c>.
/// It records every call, hands out queued getUpdates batches (long polling), can be told to
/// fail a method for a while, and streams what the bot sends to a watched chat as it arrives.
/// The tests use all of it; the load generator watches chats and keeps no calls.
/// </summary>
public sealed class FakeTelegramApi : IAsyncDisposable
{
    public const string Token = "123456:TEST-fake_token-abc";
    public const string BotId = "123456";

    private readonly Lock _gate = new();
    private readonly List<TelegramCall> _calls = [];
    private readonly Queue<JsonArray> _batches = new();
    private readonly SemaphoreSlim _batchQueued = new(0);
    private readonly Dictionary<string, Queue<(int Code, string Description, int? RetryAfter)>> _failures = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<long, Channel<SentTelegramMessage>> _watched = new();
    private readonly bool _keepCalls;
    private readonly ConcurrentDictionary<string, (string Path, byte[] Bytes)> _files = new();
    private LoopbackServer? _server;
    private int _nextMessageId = 1000;

    private FakeTelegramApi(bool keepCalls) => _keepCalls = keepCalls;

    public string BaseUrl { get; private set; } = "";

    /// <param name="keepCalls">
    /// False for load: over a soak of 200,000 turns the recorded calls would grow the load generator's
    /// heap and take CPU from the host it measures. <see cref="Calls"/> then refuses to answer.
    /// </param>
    public static async Task<FakeTelegramApi> StartAsync(bool keepCalls = true)
    {
        var fake = new FakeTelegramApi(keepCalls);
        fake._server = await LoopbackServer.StartAsync(app => app.Run(fake.HandleAsync));
        fake.BaseUrl = fake._server.BaseUri.ToString().TrimEnd('/');
        return fake;
    }

    public IReadOnlyList<TelegramCall> Calls
    {
        get
        {
            if (!_keepCalls)
            {
                throw new InvalidOperationException("This fake keeps no calls: start it with FakeTelegramApi.StartAsync(keepCalls: true) to read them.");
            }

            lock (_gate)
            {
                return _calls.ToList();
            }
        }
    }

    /// <summary>The successful calls of one method, in the order they came.</summary>
    public IReadOnlyList<TelegramCall> Succeeded(string method) =>
        Calls.Where(c => c.Method == method && c.StatusCode == 200).ToList();

    /// <summary>The next getUpdates answers with these updates (each call takes one batch).</summary>
    public void QueueUpdates(params JsonObject[] updates)
    {
        lock (_gate)
        {
            _batches.Enqueue(new JsonArray(updates.Select(u => (JsonNode)u.DeepClone()).ToArray()));
        }

        _batchQueued.Release();
    }

    /// <summary>
    /// A file the resident sent (a photo, a document): <c>getFile</c> with <paramref name="fileId"/> answers
    /// its path and size, and <c>/file/bot&lt;token&gt;/&lt;path&gt;</c> serves the bytes, as the real API does.
    /// </summary>
    public void AddFile(string fileId, byte[] bytes, string? path = null) =>
        _files[fileId] = (path ?? $"photos/{fileId}.jpg", bytes);

    /// <summary>How many times a file was downloaded through <c>/file/bot&lt;token&gt;/…</c>.</summary>
    public int FileDownloads => _fileDownloads;

    private int _fileDownloads;

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> fail as the real API fails.</summary>
    public void FailNext(string method, int times, int errorCode, string description, int? retryAfter = null)
    {
        lock (_gate)
        {
            if (!_failures.TryGetValue(method, out var queue))
            {
                _failures[method] = queue = new Queue<(int, string, int?)>();
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue((errorCode, description, retryAfter));
            }
        }
    }

    /// <summary>
    /// What the bot sends (sendMessage, sendDocument) to <paramref name="chatId"/> from now on, in the order it
    /// arrived. Messages to chats nobody watches are not kept; <see cref="Unwatch"/> when done with the chat.
    /// </summary>
    public ChannelReader<SentTelegramMessage> Watch(long chatId) =>
        _watched.GetOrAdd(chatId, _ => Channel.CreateUnbounded<SentTelegramMessage>()).Reader;

    public void Unwatch(long chatId) => _watched.TryRemove(chatId, out _);

    /// <summary>Polls until at least <paramref name="count"/> successful calls of <paramref name="method"/> were made.</summary>
    public async Task<IReadOnlyList<TelegramCall>> WaitForAsync(string method, int count = 1, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var calls = Succeeded(method);
            if (calls.Count >= count)
            {
                return calls;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Expected {count} successful {method} call(s), saw {calls.Count}. All calls: "
                    + string.Join(", ", Calls.Select(c => $"{c.Method}:{c.StatusCode}")));
            }

            await Task.Delay(25);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _batchQueued.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        // Stamped before anything else, so a watcher's latency ends when the request arrived.
        var received = Stopwatch.GetTimestamp();
        // /bot<token>/<method>, as Telegram serves it.
        var segments = context.Request.Path.Value?.Trim('/').Split('/') ?? [];
        if (segments is ["file", var owner, ..] && owner == "bot" + Token)
        {
            await ServeFileAsync(context, string.Join('/', segments[2..]));
            return;
        }

        if (segments is not [var bot, var method] || bot != "bot" + Token)
        {
            await WriteAsync(context, 404, new JsonObject { ["ok"] = false, ["error_code"] = 404, ["description"] = "Not Found" });
            return;
        }

        var body = await ReadBodyAsync(context.Request);
        (int Code, string Description, int? RetryAfter)? failure = null;
        lock (_gate)
        {
            if (_failures.TryGetValue(method, out var queue) && queue.Count > 0)
            {
                failure = queue.Dequeue();
            }
        }

        if (failure is { } f)
        {
            Record(method, body, f.Code, null);
            var error = new JsonObject { ["ok"] = false, ["error_code"] = f.Code, ["description"] = f.Description };
            if (f.RetryAfter is { } seconds)
            {
                error["parameters"] = new JsonObject { ["retry_after"] = seconds };
            }

            await WriteAsync(context, f.Code, error);
            return;
        }

        JsonNode? result = method switch
        {
            "getUpdates" => await NextBatchAsync(body, context.RequestAborted),
            "sendMessage" or "sendDocument" => MessageFor(body, NextMessageId()),
            "editMessageReplyMarkup" => MessageFor(body, body["message_id"]?.GetValue<int>() ?? 0),
            "sendPoll" => PollMessageFor(body, NextMessageId()),
            "getFile" when FileFor(body) is { } file => file,
            "getFile" => null,
            "getMe" => new JsonObject { ["id"] = long.Parse(BotId, CultureInfo.InvariantCulture), ["is_bot"] = true, ["first_name"] = "BuurtBot", ["username"] = "BuurtBot_test_bot" },
            _ => true,
        };
        if (result is null)
        {
            // As the real API answers a file id it does not know.
            Record(method, body, 400, null);
            await WriteAsync(context, 400, new JsonObject { ["ok"] = false, ["error_code"] = 400, ["description"] = "Bad Request: invalid file_id" });
            return;
        }

        Record(method, body, 200, result);
        if (method is "sendMessage" or "sendDocument")
        {
            Deliver(body, result, received);
        }

        await WriteAsync(context, 200, new JsonObject { ["ok"] = true, ["result"] = result });
    }

    private async Task<JsonArray> NextBatchAsync(JsonObject body, CancellationToken aborted)
    {
        var timeout = TimeSpan.FromSeconds(Math.Clamp(body["timeout"]?.GetValue<int>() ?? 0, 0, 50));
        var deadline = DateTime.UtcNow + timeout;
        do
        {
            lock (_gate)
            {
                if (_batches.TryDequeue(out var batch))
                {
                    return batch;
                }
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _batchQueued.WaitAsync(left, aborted))
            {
                break;
            }
        }
        while (true);

        return [];
    }

    private JsonObject? FileFor(JsonObject body) =>
        body["file_id"]?.ToString() is { } id && _files.TryGetValue(id, out var file)
            ? new JsonObject { ["file_id"] = id, ["file_unique_id"] = "u-" + id, ["file_size"] = file.Bytes.Length, ["file_path"] = file.Path }
            : null;

    private async Task ServeFileAsync(HttpContext context, string path)
    {
        var file = _files.Values.FirstOrDefault(f => f.Path == path);
        if (file.Bytes is null)
        {
            context.Response.StatusCode = 404;
            return;
        }

        Interlocked.Increment(ref _fileDownloads);
        context.Response.ContentType = "application/octet-stream";
        await context.Response.Body.WriteAsync(file.Bytes);
    }

    private int NextMessageId() => Interlocked.Increment(ref _nextMessageId);

    private static JsonObject MessageFor(JsonObject body, int messageId)
    {
        var message = new JsonObject
        {
            ["message_id"] = messageId,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = ChatIdOf(body), ["type"] = "private" },
        };
        if (body["text"] is { } text)
        {
            message["text"] = text.DeepClone();
        }

        return message;
    }

    /// <summary>A sent poll, as Telegram returns it: the message with the poll and the poll's own id ("poll-&lt;message id&gt;").</summary>
    private static JsonObject PollMessageFor(JsonObject body, int messageId)
    {
        var message = MessageFor(body, messageId);
        var options = body["options"]?.AsArray() ?? [];
        message["poll"] = new JsonObject
        {
            ["id"] = $"poll-{messageId}",
            ["question"] = body["question"]?.DeepClone(),
            ["options"] = new JsonArray(options.Select(o => (JsonNode)new JsonObject { ["text"] = o?["text"]?.DeepClone() ?? o?.DeepClone(), ["voter_count"] = 0 }).ToArray()),
            ["total_voter_count"] = 0,
            ["is_closed"] = false,
            ["is_anonymous"] = body["is_anonymous"]?.DeepClone() ?? true,
            ["type"] = "regular",
            ["allows_multiple_answers"] = false,
        };
        return message;
    }

    private static long ChatIdOf(JsonObject body) => body["chat_id"] switch
    {
        JsonValue v when v.TryGetValue<long>(out var id) => id,
        JsonValue v when v.TryGetValue<string>(out var s) && long.TryParse(s, CultureInfo.InvariantCulture, out var id) => id,
        _ => 0,
    };

    private void Deliver(JsonObject body, JsonNode sent, long received)
    {
        var chatId = ChatIdOf(body);
        if (_watched.TryGetValue(chatId, out var chat))
        {
            var text = (body["text"] ?? body["caption"])?.ToString() ?? "";
            chat.Writer.TryWrite(new SentTelegramMessage(chatId, sent["message_id"]!.GetValue<int>(), text, TelegramButton.ListOf(body), received));
        }
    }

    private void Record(string method, JsonObject body, int status, JsonNode? result)
    {
        if (!_keepCalls)
        {
            return;
        }

        lock (_gate)
        {
            _calls.Add(new TelegramCall(method, body, status, DateTimeOffset.UtcNow, result?.DeepClone()));
        }
    }

    private static async Task<JsonObject> ReadBodyAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            var fields = new JsonObject();
            foreach (var (key, value) in form)
            {
                fields[key] = value.ToString() is var s && long.TryParse(s, CultureInfo.InvariantCulture, out var number) ? number : s;
            }

            foreach (var file in form.Files)
            {
                // A field "attach://<name>" points at the file part <name>, as the real API resolves it.
                var owner = fields.FirstOrDefault(f => f.Value?.GetValueKind() == System.Text.Json.JsonValueKind.String
                    && f.Value.GetValue<string>() == "attach://" + file.Name).Key ?? file.Name;
                fields.Remove(file.Name);
                fields[owner] = new JsonObject { ["file_name"] = file.FileName, ["length"] = file.Length };
            }

            return fields;
        }

        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync();
        return string.IsNullOrWhiteSpace(text) ? new JsonObject() : JsonNode.Parse(text)?.AsObject() ?? new JsonObject();
    }

    private static async Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString());
    }
}
