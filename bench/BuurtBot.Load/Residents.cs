using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using BuurtBot.Fakes.Telegram;
using BuurtBot.Tests.Testing;

namespace BuurtBot.Load;

/// <summary>Turn latencies (Stopwatch ticks) and counts, shared by all residents of a run.</summary>
public sealed class Recorder
{
    private readonly List<long> _latencies = [];
    private int _conversations;
    private int _failures;
    private long _allTurns;

    public bool Recording { get; set; } = true;

    /// <summary>
    /// How long a resident reads and thinks before answering (--think-ms; zero: answers at once,
    /// which measures the most the host can do). Drawn uniformly from half to one and a half times it.
    /// </summary>
    public TimeSpan Think { get; init; }

    public Task ThinkAsync(CancellationToken cancellationToken) =>
        Think <= TimeSpan.Zero
            ? Task.CompletedTask
            : Task.Delay(Think * (0.5 + Random.Shared.NextDouble()), cancellationToken);

    public int Conversations => Volatile.Read(ref _conversations);

    public int Failures => Volatile.Read(ref _failures);

    /// <summary>Every turn so far, warm-up included: the steady warm-up (<c>--warmup steady</c>) divides CPU by it.</summary>
    public long AllTurns => Interlocked.Read(ref _allTurns);

    public void Turn(long ticks)
    {
        Interlocked.Increment(ref _allTurns);
        if (!Recording)
        {
            return;
        }

        lock (_latencies)
        {
            _latencies.Add(ticks);
        }
    }

    public void Finished() => Interlocked.Increment(ref _conversations);

    public void Failed() => Interlocked.Increment(ref _failures);

    public long[] Snapshot()
    {
        lock (_latencies)
        {
            return [.. _latencies];
        }
    }

    public void Reset()
    {
        lock (_latencies)
        {
            _latencies.Clear();
        }

        Interlocked.Exchange(ref _conversations, 0);
        Interlocked.Exchange(ref _failures, 0);
    }
}

/// <summary>One simulated resident's intake over one channel.</summary>
public interface IResidentChannel
{
    Task RunIntakeAsync(int number, Recorder recorder, CancellationToken cancellationToken);
}

/// <summary>
/// The web chat as a Direct Line client. A turn's latency runs from POST activities until the bot's
/// next question arrives: on the WebSocket stream (<c>--webchat stream</c>, as the chat page and
/// botframework-directlinejs listen), or in GET activities polled every <see cref="PollInterval"/>
/// (<c>--webchat poll</c>).
/// </summary>
public sealed class WebChatResidents(HttpClient http, TimeSpan pollInterval, bool stream) : IResidentChannel
{
    private static readonly TimeSpan QuestionTimeout = TimeSpan.FromSeconds(30);

    public TimeSpan PollInterval => pollInterval;

    public async Task RunIntakeAsync(int number, Recorder recorder, CancellationToken cancellationToken)
    {
        var script = new IntakeScript(number);
        var token = (await ReadJsonAsync(await http.PostAsync("/v3/directline/tokens/generate", null, cancellationToken), cancellationToken))["token"]!.GetValue<string>();
        var watermark = "";
        var started = Stopwatch.GetTimestamp();
        using (var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations"))
        {
            start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(start, cancellationToken);
            response.EnsureSuccessStatusCode();
            var conversation = await ReadJsonAsync(response, cancellationToken);
            token = conversation["token"]!.GetValue<string>();
            var id = conversation["conversationId"]!.GetValue<string>();
            using var socket = stream ? new ClientWebSocket() : null;
            if (socket is not null)
            {
                await socket.ConnectAsync(new Uri(conversation["streamUrl"]!.GetValue<string>()), cancellationToken);
            }

            while (true)
            {
                (string Text, List<PromptButton> Buttons) question;
                if (socket is not null)
                {
                    question = await NextQuestionOnStreamAsync(socket, id, cancellationToken);
                }
                else
                {
                    (question, watermark) = await NextQuestionAsync(id, token, watermark, cancellationToken);
                }

                recorder.Turn(Stopwatch.GetTimestamp() - started);
                var answer = script.Answer(question.Text, question.Buttons);
                if (answer is null)
                {
                    if (socket is not null)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", cancellationToken);
                    }

                    recorder.Finished();
                    return;
                }

                await recorder.ThinkAsync(cancellationToken);
                started = Stopwatch.GetTimestamp();
                await PostAsync(id, token, answer.Button?.Value ?? answer.Text!, cancellationToken);
            }
        }
    }

    /// <summary>Reads ActivitySets off the stream until one holds a question from the bot (empty messages are keep-alives).</summary>
    private static async Task<(string Text, List<PromptButton> Buttons)> NextQuestionOnStreamAsync(ClientWebSocket socket, string id, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(QuestionTimeout);
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer.AsMemory(), timeout.Token);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    throw new InvalidOperationException($"The stream of conversation {id} closed: {socket.CloseStatus} {socket.CloseStatusDescription}");
                }

                if (message.Length > 0 && QuestionIn(JsonNode.Parse(message.ToArray())!["activities"]!.AsArray()) is { } question)
                {
                    return question;
                }
            }
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"No question from the bot on the stream within {QuestionTimeout.TotalSeconds:F0} s in conversation {id}.", ex);
        }
    }

    /// <summary>The last of the bot's activities that asks the resident something, if any.</summary>
    private static (string Text, List<PromptButton> Buttons)? QuestionIn(JsonArray activities)
    {
        (string, List<PromptButton>)? question = null;
        foreach (var activity in activities)
        {
            if (activity!["from"]?["role"]?.GetValue<string>() != "bot")
            {
                continue;
            }

            var text = activity["text"]?.GetValue<string>() ?? "";
            var buttons = activity["suggestedActions"]?["actions"]?.AsArray()
                .Select(a => new PromptButton(a!["title"]!.GetValue<string>(), a["value"]?.GetValue<string>() is { Length: > 0 } value ? value : a["title"]!.GetValue<string>()))
                .ToList() ?? [];
            if (IntakeScript.IsQuestion(text, buttons))
            {
                question = (text, buttons);
            }
        }

        return question;
    }

    private async Task PostAsync(string id, string token, string text, CancellationToken cancellationToken)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["from"] = new JsonObject { ["id"] = "resident", ["role"] = "user" },
            ["text"] = text,
            ["channelData"] = new JsonObject { ["clientActivityID"] = Guid.NewGuid().ToString("N") },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{id}/activities")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST activities: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    private async Task<((string Text, List<PromptButton> Buttons) Question, string Watermark)> NextQuestionAsync(
        string id, string token, string watermark, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(QuestionTimeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"No question from the bot within 30 s in conversation {id}.");
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{id}/activities?watermark={watermark}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
            var set = await ReadJsonAsync(response, cancellationToken);
            watermark = set["watermark"]!.GetValue<string>();
            var question = QuestionIn(set["activities"]!.AsArray());
            if (question is { } found)
            {
                return (found, watermark);
            }

            await Task.Delay(pollInterval, cancellationToken);
        }
    }

    private static async Task<JsonObject> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!.AsObject();
    }
}

/// <summary>
/// Telegram through the webhook: a turn's latency runs from POST /telegram/webhook until the fake
/// Bot API receives the sendMessage with the bot's next question.
/// </summary>
public sealed class TelegramResidents(HttpClient http, FakeTelegramApi telegram, string secret) : IResidentChannel
{
    private static int _nextUpdateId;

    /// <summary>Every question and answer, for debugging a resident that gets stuck (BUURTBOT_LOAD_TRACE=1).</summary>
    public static Action<string>? Trace { get; set; } = Environment.GetEnvironmentVariable("BUURTBOT_LOAD_TRACE") == "1" ? Console.WriteLine : null;
    private static long _nextChatId = 5_000_000;

    public async Task RunIntakeAsync(int number, Recorder recorder, CancellationToken cancellationToken)
    {
        var script = new IntakeScript(number);
        var chatId = Interlocked.Increment(ref _nextChatId);
        var inbox = telegram.Watch(chatId);
        try
        {
            var started = Stopwatch.GetTimestamp();
            Question? last = null;
            await PostAsync(Text(chatId, "/start"), cancellationToken);
            while (true)
            {
                var question = await NextQuestionAsync(inbox, last, cancellationToken);
                last = question;
                Trace?.Invoke($"{chatId} BOT: {Short(question.Text)} [{string.Join(", ", question.Buttons.Select(b => b.Title))}]");
                recorder.Turn(question.ReceivedTicks - started);
                var answer = script.Answer(question.Text, question.Buttons);
                if (answer is null)
                {
                    recorder.Finished();
                    return;
                }

                Trace?.Invoke($"{chatId} RES: {answer.Button?.Title ?? answer.Text}");
                await recorder.ThinkAsync(cancellationToken);
                started = Stopwatch.GetTimestamp();
                await PostAsync(answer.Button is { } button ? Tap(chatId, question.MessageId, button.Value) : Text(chatId, answer.Text!), cancellationToken);
            }
        }
        finally
        {
            telegram.Unwatch(chatId);
        }
    }

    private static async Task<Question> NextQuestionAsync(ChannelReader<SentTelegramMessage> inbox, Question? previous, CancellationToken cancellationToken)
    {
        var seen = new List<string>();
        while (true)
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(TimeSpan.FromSeconds(30));
            SentTelegramMessage message;
            try
            {
                message = await inbox.ReadAsync(limit.Token);
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException(
                    $"No question from the bot within 30 s after \"{Short(previous?.Text)}\" [{string.Join(", ", previous?.Buttons.Select(b => b.Title) ?? [])}]; since then: {string.Join(" | ", seen)}", ex);
            }

            seen.Add(Short(message.Text));
            var question = new Question(message.Text, message.MessageId, [.. message.Buttons.Select(b => new PromptButton(b.Title, b.Data))], message.ReceivedTimestamp);
            if (IntakeScript.IsQuestion(question.Text, question.Buttons))
            {
                return question;
            }
        }
    }

    /// <summary>A message the bot sent, its buttons as the intake script reads them, and when the fake received it.</summary>
    private sealed record Question(string Text, int MessageId, IReadOnlyList<PromptButton> Buttons, long ReceivedTicks);

    private static string Short(string? text) => text is null ? "(none)" : text.Length <= 80 ? text : text[..80] + "…";

    private async Task PostAsync(JsonObject update, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook")
        {
            Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST webhook: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    private static JsonObject Text(long chatId, string text)
    {
        var id = Interlocked.Increment(ref _nextUpdateId);
        return new JsonObject
        {
            ["update_id"] = id,
            ["message"] = new JsonObject
            {
                ["message_id"] = id,
                ["from"] = Resident(chatId),
                ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = "Load" },
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["text"] = text,
            },
        };
    }

    private static JsonObject Tap(long chatId, int messageId, string data)
    {
        var id = Interlocked.Increment(ref _nextUpdateId);
        return new JsonObject
        {
            ["update_id"] = id,
            ["callback_query"] = new JsonObject
            {
                ["id"] = $"cbq-{id}",
                ["from"] = Resident(chatId),
                ["message"] = new JsonObject
                {
                    ["message_id"] = messageId,
                    ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                    ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = "Load" },
                    ["text"] = "vraag",
                },
                ["chat_instance"] = "load",
                ["data"] = data,
            },
        };
    }

    private static JsonObject Resident(long chatId) => new()
    {
        ["id"] = chatId,
        ["is_bot"] = false,
        ["first_name"] = "Load",
        ["language_code"] = "nl",
    };
}
