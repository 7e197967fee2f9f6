using System.Text.Json.Nodes;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Testing;

/// <summary>The real host with the Telegram channel pointed at a <see cref="FakeTelegramApi"/>.</summary>
public static class TelegramBotApp
{
    public const string WebhookSecret = "test-secret_123";
    public const string WebhookUrl = "https://buurtbot.test/telegram/webhook";

    public static BuurtBotApp Create(FakeTelegramApi fake, bool webhook = false, string? databasePath = null)
    {
        var app = new BuurtBotApp(databasePath) { UseWelcomeBot = true };
        app.Settings["Telegram:BotToken"] = FakeTelegramApi.Token;
        app.Settings["Telegram:ApiBaseUrl"] = fake.BaseUrl;
        app.Settings["Telegram:PollingTimeoutSeconds"] = "2";
        // Fast enough for tests; the per-chat limit itself has its own test.
        app.Settings["Telegram:MessagesPerSecondPerChat"] = "50";
        app.Settings["Turns:MaxRetryDelay"] = "00:00:00.200";
        if (webhook)
        {
            app.Settings["Telegram:WebhookUrl"] = WebhookUrl;
            app.Settings["Telegram:WebhookSecret"] = WebhookSecret;
        }

        return app;
    }

    /// <summary>The buttons under a sent message: (title, callback data) per row.</summary>
    public static IReadOnlyList<(string Title, string Data)> Buttons(TelegramCall call) =>
        [.. TelegramButton.ListOf(call.Body).Select(b => (b.Title, b.Data))];

    public static string TextOf(TelegramCall call) => call.Body["text"]!.GetValue<string>();

    /// <summary>The message a call was about (editMessageReplyMarkup), or the one it created (sendMessage).</summary>
    public static int MessageIdOf(TelegramCall call) =>
        call.Body["message_id"]?.GetValue<int>() ?? call.Result?["message_id"]?.GetValue<int>() ?? 0;

    public static async Task<T> QueryAsync<T>(this BuurtBotApp app, Func<BuurtBotDbContext, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>());
    }

    public static Task<int> InboxCountAsync(this BuurtBotApp app) => app.QueryAsync(db => db.Inbox.CountAsync());

    public static Task<List<InboxItem>> InboxAsync(this BuurtBotApp app) => app.QueryAsync(db => db.Inbox.OrderBy(i => i.Id).ToListAsync());

    /// <summary>Polls a condition until it holds or the deadline passes: no fixed sleeps in tests.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for: {what}");
            }

            await Task.Delay(25);
        }
    }

    public static JsonObject Json(string text) => JsonNode.Parse(text)!.AsObject();
}
