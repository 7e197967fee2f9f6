using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using BuurtBot.Tests.Testing;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace BuurtBot.Tests.Reliability;

/// <summary>
/// The host as a real process on a temporary SQLite file, 100 web chat residents in the first steps
/// of the intake at once, SIGKILL part-way, and the host started again on the same file and port.
/// The residents keep their Direct Line tokens (the keys that sign them are in the database) and post
/// again, with the same clientActivityID, whatever they had not seen taken; the inbox treats that as
/// the same message.
/// <para>
/// The duplicate rule. A web chat resident reads the bot's replies from the transcript, which is
/// written in the same transaction as the dialog state: a turn killed half-way left nothing, runs
/// again after the restart and writes its replies once. So on the web chat no reply may appear
/// twice, not even one "in flight" at the kill, and this test allows none. Channels that push
/// replies (Telegram, Teams) can repeat one: a reply the channel accepted just before the kill,
/// whose outbox row was not yet marked sent, is sent once more after the restart — at most one per
/// conversation, as the outbox sends a conversation's replies one at a time, in order.
/// </para>
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output)
{
    private const int Residents = 100;

    /// <summary>Consent, menu, wijk, buurt, thema: every resident answers this many questions.</summary>
    private const int AnswersPerResident = 5;

    /// <summary>
    /// Every tenth resident holds their third answer until the host is killed, so it is posted into the
    /// outage. Without this, whether any post is in flight at the kill is up to the machine's timing:
    /// on a quiet machine a post takes a millisecond and the kill can fall between them all.
    /// </summary>
    private static bool HoldsForTheKill(int number) => number % 10 == 0;

    private const int HeldAnswer = 3;

    [Fact]
    public async Task KilledMidwayEveryConversationCompletesWithoutLossOrRepeats()
    {
        var database = Path.Combine(Path.GetTempPath(), $"buurtbot-crash-{Guid.NewGuid():N}.db");
        var settings = new Dictionary<string, string?> { ["WebChat:MessagesPerMinute"] = "10000" };
        var clock = Stopwatch.StartNew();
        // Generous for a loaded CI machine (in one full-suite run at load average 60 a start took over a minute); nothing waits longer than it must.
        var startTimeout = TimeSpan.FromMinutes(3);
        var host = await HostProcess.StartAsync(database, settings, timeout: startTimeout);
        var started = clock.Elapsed;
        try
        {
            using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
            var answers = 0;
            // Two answers a resident on average: some are at their first step, some near their last.
            const int killAt = Residents * 2;
            using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(8));
            var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var residents = Enumerable.Range(0, Residents)
                .Select(i => new CrashResident(http, new IntakeScript(i), HoldsForTheKill(i) ? new Hold(HeldAnswer, killed.Task) : null))
                .ToList();
            var held = residents.Where(r => r.Hold is not null).ToList();
            var running = residents.Select(r => Task.Run(() => r.RunAsync(() => Interlocked.Increment(ref answers), limit.Token))).ToList();

            while (Volatile.Read(ref answers) < killAt || !held.All(r => r.Hold!.Waiting))
            {
                if (running.FirstOrDefault(t => t.IsFaulted) is { } failed)
                {
                    await failed;
                }

                await Task.Delay(10, limit.Token);
            }

            host.Kill();
            var killedAt = clock.Elapsed;
            var answeredAtKill = Volatile.Read(ref answers);
            // Process.Kill is kill(pid, SIGKILL) on Linux: the exit status is 128 + 9.
            Assert.Equal(137, host.ExitCode);
            // The held residents post now, while the host is down.
            killed.SetResult();
            host = await host.RestartAsync(startTimeout);
            var restartedAt = clock.Elapsed;
            await Task.WhenAll(running);
            output.WriteLine($"start {started.TotalSeconds:F1} s, kill at {killedAt.TotalSeconds:F1} s after {answeredAtKill} answers, " +
                $"up again at {restartedAt.TotalSeconds:F1} s, all done at {clock.Elapsed.TotalSeconds:F1} s; " +
                $"{residents.Sum(r => r.Resent)} messages posted again after the kill");
            // The kill fell in the middle: residents had work left, and the held ones posted into the outage and had to send again.
            Assert.InRange(answeredAtKill, killAt, Residents * AnswersPerResident - 1);
            Assert.All(held, r => Assert.True(r.Resent > 0, $"resident {r.Script.Number} posted into the outage but did not have to send again"));

            foreach (var resident in residents)
            {
                Assert.True(resident.Script.Answers == AnswersPerResident, $"resident {resident.Script.Number} answered {resident.Script.Answers} questions");

                // The whole conversation read again from the start.
                var lines = await resident.ReadTranscriptAsync();
                var mine = lines.Where(l => !l.FromBot).ToList();
                // Every message the resident sent is there once, in the order sent: nothing lost, nothing doubled.
                Assert.Equal(resident.Sent, mine.Select(l => l.ClientId));
                // The greeting and every answer got exactly one question back: no step answered twice or skipped.
                var turns = Split(lines).ToList();
                Assert.Equal(AnswersPerResident + 1, turns.Count);
                Assert.All(turns, turn => Assert.Equal(1, turn.Count(l => l.FromBot && IntakeScript.IsQuestion(l.Text, l.Buttons))));
                // What the resident saw while it happened is what the transcript says now.
                Assert.Equal(resident.Asked, turns.Select(turn => turn.Single(l => l.FromBot && IntakeScript.IsQuestion(l.Text, l.Buttons)).Text));
                Assert.Equal(lines.Where(l => l.FromBot).Select(l => l.Id), resident.SeenBotIds);
            }

            await using var db = new SqliteConnection($"Data Source={database}");
            await db.OpenAsync();
            await using var check = db.CreateCommand();
            // Each message ran its turn once to the end: a turn cut off by the kill saved nothing, not even its attempt.
            check.CommandText = "SELECT (SELECT COUNT(*) FROM Inbox), (SELECT COUNT(*) FROM Inbox WHERE ProcessedUtc IS NULL OR Attempts <> 1 OR LastError IS NOT NULL)";
            await using var reader = await check.ExecuteReaderAsync();
            await reader.ReadAsync();
            // One per message, and one per conversation for its start (the greeting's turn).
            Assert.Equal(Residents * (AnswersPerResident + 1), reader.GetInt64(0));
            Assert.Equal(0L, reader.GetInt64(1));
        }
        finally
        {
            host.Kill();
            SqliteConnection.ClearAllPools();
            HostProcess.DeleteDatabase(database);
            HostProcess.DeleteDatabase(Path.ChangeExtension(database, null) + "-scheduler.db");
        }
    }

    /// <summary>Turns: the greeting, then each resident line with the bot's lines after it.</summary>
    private static IEnumerable<List<Line>> Split(List<Line> lines)
    {
        var turn = new List<Line>();
        foreach (var line in lines)
        {
            if (!line.FromBot && turn.Count > 0)
            {
                yield return turn;
                turn = [];
            }

            turn.Add(line);
        }

        yield return turn;
    }

    private sealed record Line(bool FromBot, string Id, string Text, List<PromptButton> Buttons, string? ClientId);

    /// <summary>Holds a resident's answer number <paramref name="Answer"/> (1-based) until <paramref name="Release"/> completes.</summary>
    private sealed record Hold(int Answer, Task Release)
    {
        private volatile bool _waiting;

        /// <summary>The resident has the question for the held answer and waits to post it.</summary>
        public bool Waiting { get => _waiting; set => _waiting = value; }
    }

    /// <summary>
    /// A web chat resident who keeps going through the crash: a post that got no answer is sent again,
    /// the same activity with the same clientActivityID, until the host takes it.
    /// </summary>
    private sealed class CrashResident(HttpClient http, IntakeScript script, Hold? hold)
    {
        // Polling like Web Chat does, but not so often that 100 residents keep a loaded machine busy.
        private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(200);

        private string _token = "";
        private string _id = "";
        private string _watermark = "";

        public IntakeScript Script => script;

        public Hold? Hold => hold;

        /// <summary>The clientActivityIDs of the resident's messages, in the order sent.</summary>
        public List<string> Sent { get; } = [];

        /// <summary>The questions the resident was asked, in order.</summary>
        public List<string> Asked { get; } = [];

        public List<string> SeenBotIds { get; } = [];

        /// <summary>Messages that had to be posted again because the host was gone.</summary>
        public int Resent { get; private set; }

        public async Task RunAsync(Func<int> answered, CancellationToken cancellationToken)
        {
            var generated = await RetryAsync(() => new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate"), countResends: false, cancellationToken);
            _token = generated["token"]!.GetValue<string>();
            var started = await RetryAsync(() => Authorized(HttpMethod.Post, "/v3/directline/conversations"), countResends: false, cancellationToken);
            _id = started["conversationId"]!.GetValue<string>();
            while (true)
            {
                var (text, buttons) = await NextQuestionAsync(cancellationToken);
                Asked.Add(text);
                if (script.Answers == AnswersPerResident)
                {
                    return;
                }

                var answer = script.Answer(text, buttons) ?? throw new InvalidOperationException($"The intake ended after {script.Answers} answers.");
                var clientId = Guid.NewGuid().ToString("N");
                var activity = new JsonObject
                {
                    ["type"] = "message",
                    ["from"] = new JsonObject { ["id"] = "resident", ["role"] = "user" },
                    ["text"] = answer.Button?.Value ?? answer.Text,
                    ["channelData"] = new JsonObject { ["clientActivityID"] = clientId },
                }.ToJsonString();
                Sent.Add(clientId);
                if (hold is not null && script.Answers == hold.Answer)
                {
                    hold.Waiting = true;
                    await hold.Release.WaitAsync(cancellationToken);
                }

                await RetryAsync(() =>
                {
                    var request = Authorized(HttpMethod.Post, $"/v3/directline/conversations/{_id}/activities");
                    request.Content = new StringContent(activity, Encoding.UTF8, "application/json");
                    return request;
                }, countResends: true, cancellationToken);
                answered();
            }
        }

        public async Task<List<Line>> ReadTranscriptAsync()
        {
            var set = await RetryAsync(() => Authorized(HttpMethod.Get, $"/v3/directline/conversations/{_id}/activities?watermark="), countResends: false, CancellationToken.None);
            return set["activities"]!.AsArray().Select(a => ToLine(a!.AsObject())).ToList();
        }

        private async Task<(string Text, List<PromptButton> Buttons)> NextQuestionAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                var set = await RetryAsync(() => Authorized(HttpMethod.Get, $"/v3/directline/conversations/{_id}/activities?watermark={_watermark}"), countResends: false, cancellationToken);
                _watermark = set["watermark"]!.GetValue<string>();
                (string, List<PromptButton>)? question = null;
                foreach (var line in set["activities"]!.AsArray().Select(a => ToLine(a!.AsObject())).Where(l => l.FromBot))
                {
                    SeenBotIds.Add(line.Id);
                    if (IntakeScript.IsQuestion(line.Text, line.Buttons))
                    {
                        Assert.True(question is null, $"Two questions in one reply: '{question?.Item1}' and '{line.Text}'.");
                        question = (line.Text, line.Buttons);
                    }
                }

                if (question is { } found)
                {
                    return found;
                }

                await Task.Delay(PollEvery, cancellationToken);
            }
        }

        private static Line ToLine(JsonObject a) => new(
            a["from"]?["role"]?.GetValue<string>() == "bot",
            a["id"]!.GetValue<string>(),
            a["text"]?.GetValue<string>() ?? "",
            a["suggestedActions"]?["actions"]?.AsArray()
                .Select(b => new PromptButton(b!["title"]!.GetValue<string>(), b["value"]?.GetValue<string>() is { Length: > 0 } v ? v : b["title"]!.GetValue<string>()))
                .ToList() ?? [],
            a["channelData"]?["clientActivityID"]?.GetValue<string>());

        private HttpRequestMessage Authorized(HttpMethod method, string path)
        {
            var request = new HttpRequestMessage(method, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
            return request;
        }

        /// <summary>Sends until the host answers (it may be down, or coming back); a 4xx fails the test.</summary>
        private async Task<JsonObject> RetryAsync(Func<HttpRequestMessage> request, bool countResends, CancellationToken cancellationToken)
        {
            var attempt = 0;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (attempt++ == 1 && countResends)
                {
                    Resent++;
                }

                try
                {
                    using var message = request();
                    using var response = await http.SendAsync(message, cancellationToken);
                    if (response.IsSuccessStatusCode)
                    {
                        return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!.AsObject();
                    }

                    Assert.True((int)response.StatusCode >= 500, $"{message.Method} {message.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    // Down: try again shortly.
                }

                await Task.Delay(100, cancellationToken);
            }
        }
    }
}
