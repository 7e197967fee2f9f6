using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BuurtBot.Tests.Testing;

/// <summary>
/// A resident in the web chat, speaking Direct Line 3.0 as Microsoft's Web Chat does:
/// generate a token, start the conversation, post messages, poll with a watermark.
/// </summary>
public sealed class DirectLineClient(HttpClient http)
{
    private string _watermark = "";

    public string ConversationId { get; private set; } = "";

    public string Token { get; private set; } = "";

    /// <summary>The streamUrl the start (or the last reconnect) returned.</summary>
    public string StreamUrl { get; private set; } = "";

    public HttpClient Http => http;

    public List<JsonObject> Received { get; } = [];

    public static async Task<DirectLineClient> StartAsync(HttpClient http)
    {
        var client = new DirectLineClient(http);
        var generated = await ReadJson(await http.PostAsync("/v3/directline/tokens/generate", null));
        client.Token = generated["token"]!.GetValue<string>();
        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", client.Token);
        var response = await http.SendAsync(start);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var started = await ReadJson(response);
        client.ConversationId = started["conversationId"]!.GetValue<string>();
        client.StreamUrl = started["streamUrl"]!.GetValue<string>();
        return client;
    }

    /// <summary>The same resident, conversation and token, talking to another host (after a restart).</summary>
    public DirectLineClient Reconnect(HttpClient other) =>
        new(other) { ConversationId = ConversationId, Token = Token, _watermark = _watermark };

    /// <summary>Direct Line's reconnect (GET /conversations/{id}?watermark=): a fresh token and streamUrl.</summary>
    public async Task<JsonObject> ReconnectStreamAsync(string? watermark)
    {
        var query = watermark is null ? "" : $"?watermark={Uri.EscapeDataString(watermark)}";
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}{query}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reconnected = await ReadJson(response);
        Token = reconnected["token"]!.GetValue<string>();
        StreamUrl = reconnected["streamUrl"]!.GetValue<string>();
        return reconnected;
    }

    public Task<HttpResponseMessage> PostRawAsync(string json, string? token = null, string? conversationId = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId ?? ConversationId}/activities")
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, contentType),
        };
        if ((token ?? Token) is { Length: > 0 } bearer)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return http.SendAsync(request);
    }

    /// <summary>Web Chat's paperclip: POST …/upload with an activity part and one part per file, as directlinejs builds it.</summary>
    public Task<HttpResponseMessage> UploadAsync(byte[] bytes, string contentType = "image/jpeg", string name = "speeltuin.jpg", string? token = null)
    {
        var form = new MultipartFormDataContent();
        var activity = new StringContent(new JsonObject
        {
            ["type"] = "message",
            ["from"] = new JsonObject { ["id"] = "resident" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = Guid.NewGuid().ToString("N") },
            ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = contentType, ["name"] = name }),
        }.ToJsonString());
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(part, "file", name);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/upload?userId=resident") { Content = form };
        if ((token ?? Token) is { Length: > 0 } bearer)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return http.SendAsync(request);
    }

    public async Task<string> SayAsync(string text, string? clientActivityId = null)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["from"] = new JsonObject { ["id"] = "resident", ["role"] = "user" },
            ["text"] = text,
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId ?? Guid.NewGuid().ToString("N") },
        };
        var response = await PostRawAsync(activity.ToJsonString());
        Assert.True(response.IsSuccessStatusCode, $"Posting '{text}' gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await ReadJson(response))["id"]!.GetValue<string>();
    }

    /// <summary>
    /// What Microsoft Web Chat posts for a tapped button (its sendMessageBack and imBack): a messageBack sends
    /// the button's text and value, with its displayText in channelData; an imBack sends its value as text.
    /// </summary>
    public async Task<string> TapAsync(JsonObject action)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["from"] = new JsonObject { ["id"] = "resident", ["role"] = "user" },
        };
        var channelData = new JsonObject { ["clientActivityID"] = Guid.NewGuid().ToString("N") };
        if (action["type"]?.GetValue<string>() == "messageBack")
        {
            activity["text"] = action["text"]?.DeepClone();
            activity["value"] = action["value"]?.DeepClone();
            channelData["messageBack"] = new JsonObject { ["displayText"] = action["displayText"]?.DeepClone() };
        }
        else
        {
            activity["text"] = action["value"]?.DeepClone();
        }

        activity["channelData"] = channelData;
        var response = await PostRawAsync(activity.ToJsonString());
        Assert.True(response.IsSuccessStatusCode, $"Tapping {action.ToJsonString()} gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await ReadJson(response))["id"]!.GetValue<string>();
    }

    public static IReadOnlyList<JsonObject> ChoiceActions(JsonObject activity) =>
        activity["suggestedActions"]?["actions"]?.AsArray().Select(a => a!.AsObject()).ToList() ?? [];

    public async Task<HttpResponseMessage> GetActivitiesAsync(string? watermark = null, string? token = null, string? conversationId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get,
            $"/v3/directline/conversations/{conversationId ?? ConversationId}/activities?watermark={Uri.EscapeDataString(watermark ?? _watermark)}");
        if ((token ?? Token) is { Length: > 0 } bearer)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await http.SendAsync(request);
    }

    /// <summary>Polls until the bot has sent <paramref name="count"/> new messages (or the timeout passes) and returns them.</summary>
    public async Task<IReadOnlyList<JsonObject>> ReceiveBotMessagesAsync(int count = 1, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        var fromBot = new List<JsonObject>();
        while (DateTime.UtcNow < deadline)
        {
            var response = await GetActivitiesAsync();
            response.EnsureSuccessStatusCode();
            var set = await ReadJson(response);
            _watermark = set["watermark"]!.GetValue<string>();
            foreach (var activity in set["activities"]!.AsArray().Select(a => a!.AsObject()))
            {
                Received.Add(activity);
                if (activity["from"]?["role"]?.GetValue<string>() == "bot")
                {
                    fromBot.Add(activity);
                }
            }

            if (fromBot.Count >= count)
            {
                return fromBot;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Expected {count} bot message(s), got {fromBot.Count}: {string.Join(" | ", fromBot.Select(a => a["text"]))}");
    }

    public static async Task<JsonObject> ReadJson(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text)?.AsObject() ?? throw new JsonException($"Not a JSON object: {text}");
    }

    public static IReadOnlyList<string> ChoiceTitles(JsonObject activity) =>
        activity["suggestedActions"]?["actions"]?.AsArray().Select(a => a!["title"]!.GetValue<string>()).ToList() ?? [];
}
