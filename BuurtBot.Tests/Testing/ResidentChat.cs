using System.Text.Json.Nodes;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Testing;

/// <summary>
/// A resident in the web chat, as a test reads the conversation:
/// <c>await chat.Say("hallo"); await chat.ExpectReply(contains: "privacy"); await chat.Tap("Ja, dat is goed");</c>.
/// Replies are read one at a time and in order, waiting (with a deadline) until they arrive; saying
/// something while a reply is still unread fails, so no reply goes unchecked.
/// </summary>
public sealed class ResidentChat
{
    private readonly Queue<JsonObject> _unread = new();

    private ResidentChat(DirectLineClient client) => Client = client;

    public DirectLineClient Client { get; }

    /// <summary>The buttons under the last reply read that had any.</summary>
    public IReadOnlyList<string> Buttons { get; private set; } = [];

    private IReadOnlyList<JsonObject> _actions = [];

    /// <summary>Opens the web chat; the bot's welcome is waiting to be read.</summary>
    public static async Task<ResidentChat> OpenAsync(BuurtBotApp app, string? acceptLanguage = null)
    {
        var http = app.CreateClient();
        if (acceptLanguage is not null)
        {
            http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        return new ResidentChat(await DirectLineClient.StartAsync(http));
    }

    /// <summary>The same resident with the same token, after the host was restarted.</summary>
    public static ResidentChat Reconnect(ResidentChat before, BuurtBotApp app)
    {
        Assert.True(before._unread.Count == 0, $"Unread replies before the restart: {Describe(before._unread)}");
        return new ResidentChat(before.Client.Reconnect(app.CreateClient())) { Buttons = before.Buttons, _actions = before._actions };
    }

    /// <summary>Opens the chat and agrees to the privacy notice; the menu is the next thing to read.</summary>
    public static async Task<ResidentChat> WithConsentAsync(BuurtBotApp app)
    {
        var chat = await OpenAsync(app);
        await chat.ExpectReply(contains: "BuurtBot");
        await chat.ExpectReply(contains: "Vind je dat goed?");
        await chat.Tap("Ja, dat is goed");
        return chat;
    }

    public async Task Say(string text)
    {
        Assert.True(_unread.Count == 0, $"Unread replies before saying '{text}': {Describe(_unread)}");
        await Client.SayAsync(text);
    }

    /// <summary>Taps a button of the last question: it must have been offered. It sends what Web Chat sends for that button.</summary>
    public async Task Tap(string title)
    {
        Assert.True(Buttons.Contains(title), $"No button '{title}' was offered; the buttons were: {string.Join(" | ", Buttons)}");
        Assert.True(_unread.Count == 0, $"Unread replies before tapping '{title}': {Describe(_unread)}");
        await Client.TapAsync(_actions.First(a => a["title"]?.GetValue<string>() == title));
    }

    public Task ShareLocation(double latitude, double longitude) => Post(new JsonObject
    {
        ["type"] = "message",
        ["from"] = new JsonObject { ["id"] = "resident", ["role"] = "user" },
        ["location"] = new JsonObject { ["latitude"] = latitude, ["longitude"] = longitude },
    });

    /// <summary>What the chat page sends for <c>/?steun=CODE</c>: the "start" event with the deep-link payload.</summary>
    public Task OpenShareLink(string code) => Post(new JsonObject
    {
        ["type"] = "event",
        ["name"] = "start",
        ["value"] = "steun_" + code,
        ["from"] = new JsonObject { ["id"] = "resident", ["role"] = "user" },
    });

    /// <summary>A photo with no words through the upload, as Web Chat's paperclip and the chat page's file button send it.</summary>
    public async Task SendPhoto(byte[]? bytes = null, string contentType = "image/jpeg", string name = "speeltuin.jpg")
    {
        Assert.True(_unread.Count == 0, $"Unread replies before sending a photo: {Describe(_unread)}");
        var response = await Client.UploadAsync(bytes ?? TestPhotos.JpegWithGps(), contentType, name);
        Assert.True(response.IsSuccessStatusCode, $"The upload gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The next reply contains <paramref name="contains"/> (and offers exactly <paramref name="buttons"/>, when given).</summary>
    public async Task<JsonObject> ExpectReply(string contains, IReadOnlyList<string>? buttons = null)
    {
        var reply = await NextReply();
        var text = reply["text"]?.GetValue<string>() ?? "";
        Assert.True(text.Contains(contains, StringComparison.Ordinal), $"Expected a reply containing '{contains}', got: '{text}'");
        if (buttons is not null)
        {
            Assert.Equal(buttons, DirectLineClient.ChoiceTitles(reply));
        }

        return reply;
    }

    /// <summary>Reads replies until one contains <paramref name="contains"/>; for the parts of a journey a test is not about.</summary>
    public async Task<JsonObject> ReadUntil(string contains)
    {
        while (true)
        {
            var reply = await NextReply();
            if ((reply["text"]?.GetValue<string>() ?? "").Contains(contains, StringComparison.Ordinal))
            {
                return reply;
            }
        }
    }

    public async Task<JsonObject> NextReply()
    {
        if (_unread.Count == 0)
        {
            foreach (var reply in await Client.ReceiveBotMessagesAsync())
            {
                _unread.Enqueue(reply);
            }
        }

        var next = _unread.Dequeue();
        if (DirectLineClient.ChoiceTitles(next) is { Count: > 0 } titles)
        {
            Buttons = titles;
            _actions = DirectLineClient.ChoiceActions(next);
        }

        return next;
    }

    /// <summary>This resident's conversation in the database; the conversations know the resident by its id.</summary>
    public async Task<Conversation> ConversationAsync(BuurtBotApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        return await db.Conversations.AsNoTracking().SingleAsync(c => c.ChannelConversationId == Client.ConversationId);
    }

    public async Task<string> ResidentIdAsync(BuurtBotApp app) => (await ConversationAsync(app)).Id.ToString("D");

    private async Task Post(JsonObject activity)
    {
        Assert.True(_unread.Count == 0, $"Unread replies before posting: {Describe(_unread)}");
        var response = await Client.PostRawAsync(activity.ToJsonString());
        Assert.True(response.IsSuccessStatusCode, $"Posting gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private static string Describe(IEnumerable<JsonObject> replies) => string.Join(" | ", replies.Select(r => r["text"]));
}
