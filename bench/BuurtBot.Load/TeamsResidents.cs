using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using BuurtBot.Tests.Testing;

namespace BuurtBot.Load;

/// <summary>
/// Microsoft Teams through the Bot Framework: each resident adds the bot in a personal chat
/// (conversationUpdate), then answers as Teams sends it: a tapped suggested action (imBack) as its
/// title, a hero card button (messageBack) as its text with the value. A turn's latency runs from
/// POST /api/messages until the connector receives the bot's next question.
/// </summary>
public sealed class TeamsResidents(HttpClient http, TeamsTenant tenant) : IResidentChannel
{
    private const string BotId = "28:load-bot";
    private static long _nextId;

    public async Task RunIntakeAsync(int number, Recorder recorder, CancellationToken cancellationToken)
    {
        var script = new IntakeScript(number);
        var id = Interlocked.Increment(ref _nextId);
        var conversationId = $"a:load-{id}";
        var userId = $"29:load-resident-{id}";
        var inbox = tenant.Watch(conversationId);
        try
        {
            var started = Stopwatch.GetTimestamp();
            await PostAsync(BotAdded(conversationId, userId), cancellationToken);
            while (true)
            {
                var question = await NextQuestionAsync(inbox, conversationId, cancellationToken);
                recorder.Turn(question.ReceivedTicks - started);
                var answer = script.Answer(question.Text, question.Buttons);
                if (answer is null)
                {
                    recorder.Finished();
                    return;
                }

                await recorder.ThinkAsync(cancellationToken);
                started = Stopwatch.GetTimestamp();
                await PostAsync(Message(conversationId, userId, answer, question), cancellationToken);
            }
        }
        finally
        {
            tenant.Unwatch(conversationId);
        }
    }

    private static async Task<Question> NextQuestionAsync(ChannelReader<ConnectorActivity> inbox, string conversationId, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            while (true)
            {
                var posted = await inbox.ReadAsync(limit.Token);
                var question = Read(posted);
                if (IntakeScript.IsQuestion(question.Text, question.Buttons))
                {
                    return question;
                }
            }
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"No question from the bot within 30 s in Teams conversation {conversationId}.", ex);
        }
    }

    /// <summary>Text and buttons as a Teams client shows them: suggested actions, or the buttons of hero cards.</summary>
    private static Question Read(ConnectorActivity posted)
    {
        var body = posted.Body;
        var text = body["text"]?.GetValue<string>() ?? "";
        var buttons = new List<TeamsButton>();
        foreach (var action in body["suggestedActions"]?["actions"]?.AsArray() ?? [])
        {
            var title = action!["title"]!.GetValue<string>();
            buttons.Add(new TeamsButton(new PromptButton(title, action["value"]?.GetValue<string>() ?? title), action["type"]!.GetValue<string>()));
        }

        foreach (var attachment in body["attachments"]?.AsArray() ?? [])
        {
            var content = attachment!["content"];
            if (content?["text"]?.GetValue<string>() is { Length: > 0 } cardText && text.Length == 0)
            {
                text = cardText;
            }

            foreach (var action in content?["buttons"]?.AsArray() ?? [])
            {
                var title = action!["title"]!.GetValue<string>();
                buttons.Add(new TeamsButton(new PromptButton(title, action["value"]?.GetValue<string>() ?? title), action["type"]!.GetValue<string>()));
            }
        }

        return new Question(text, buttons, posted.ReceivedTicks);
    }

    private sealed record TeamsButton(PromptButton Button, string Type);

    private sealed record Question(string Text, IReadOnlyList<TeamsButton> Choices, long ReceivedTicks)
    {
        public IReadOnlyList<PromptButton> Buttons { get; } = [.. Choices.Select(c => c.Button)];
    }

    private async Task PostAsync(JsonObject activity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tenant.Token());
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /api/messages: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    private JsonObject BotAdded(string conversationId, string userId) => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = NextActivityId(),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        ["serviceUrl"] = tenant.ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = userId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "BuurtBot" },
        ["conversation"] = Conversation(conversationId),
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId }),
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "load-tenant" } },
    };

    /// <summary>What Teams sends for a typed answer, an imBack (the title as text) or a messageBack (its text and value).</summary>
    private JsonObject Message(string conversationId, string userId, IntakeAnswer answer, Question question)
    {
        var tapped = answer.Button is { } button ? question.Choices.First(c => c.Button == button) : null;
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = NextActivityId(),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["serviceUrl"] = tenant.ServiceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Bewoner", ["aadObjectId"] = AadObjectId(userId) },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "BuurtBot" },
            ["conversation"] = Conversation(conversationId),
            ["text"] = tapped?.Button.Title ?? answer.Text,
            ["textFormat"] = "plain",
            ["locale"] = "nl-NL",
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "load-tenant" } },
        };
        if (tapped is { Type: "messageBack" })
        {
            activity["value"] = tapped.Button.Value;
        }

        return activity;
    }

    /// <summary>The resident's Entra object id: the same on every message of one resident, as in Teams.</summary>
    private static string AadObjectId(string userId) =>
        string.Create(CultureInfo.InvariantCulture, $"00000000-0000-0000-0000-{long.Parse(userId[(userId.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture):D12}");

    private static JsonObject Conversation(string conversationId) => new()
    {
        ["id"] = conversationId,
        ["conversationType"] = "personal",
        ["tenantId"] = "load-tenant",
    };

    private static string NextActivityId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
}
