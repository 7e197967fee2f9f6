using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using BuurtBot.Tests.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace BuurtBot.Load;

/// <summary>A message the bot sent to a Telegram chat, stamped when the fake API received it.</summary>
public sealed record SentMessage(long ChatId, int MessageId, string Text, IReadOnlyList<PromptButton> Buttons, long ReceivedTicks);

/// <summary>
/// A lean Telegram Bot API on loopback for load: answers every method at once and hands each
/// sendMessage to the chat's waiting resident. It keeps nothing else.
/// </summary>
public sealed class FakeBotApi : IAsyncDisposable
{
    public const string Token = "123456:LOAD-fake_token-abc";

    private readonly ConcurrentDictionary<long, Channel<SentMessage>> _chats = new();
    private WebApplication? _app;
    private int _nextMessageId = 1000;
    private long _calls;

    public string BaseUrl { get; private set; } = "";

    public long Calls => Interlocked.Read(ref _calls);

    public static async Task<FakeBotApi> StartAsync()
    {
        var fake = new FakeBotApi();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        fake._app = builder.Build();
        fake._app.Run(fake.HandleAsync);
        await fake._app.StartAsync();
        fake.BaseUrl = fake._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return fake;
    }

    /// <summary>The messages sent to one chat, in the order they arrived.</summary>
    public ChannelReader<SentMessage> Chat(long chatId) => _chats.GetOrAdd(chatId, _ => Channel.CreateUnbounded<SentMessage>()).Reader;

    public void Forget(long chatId) => _chats.TryRemove(chatId, out _);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var now = System.Diagnostics.Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _calls);
        var method = context.Request.Path.Value?.Split('/').LastOrDefault() ?? "";
        JsonObject body;
        if (context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync();
            body = new JsonObject();
            foreach (var (key, value) in form)
            {
                body[key] = value.ToString();
            }
        }
        else
        {
            body = await JsonSerializer.DeserializeAsync<JsonObject>(context.Request.Body) ?? new JsonObject();
        }

        JsonNode result = true;
        if (method is "sendMessage" or "sendDocument")
        {
            var chatId = body["chat_id"] is JsonValue v && v.TryGetValue<long>(out var id) ? id
                : long.TryParse(body["chat_id"]?.ToString(), CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
            var messageId = Interlocked.Increment(ref _nextMessageId);
            var buttons = body["reply_markup"]?["inline_keyboard"]?.AsArray()
                .SelectMany(row => row!.AsArray())
                .Select(b => new PromptButton(b!["text"]!.GetValue<string>(), b["callback_data"]?.GetValue<string>() ?? ""))
                .ToList() ?? [];
            var text = body["text"]?.GetValue<string>() ?? body["caption"]?.GetValue<string>() ?? "";
            _chats.GetOrAdd(chatId, _ => Channel.CreateUnbounded<SentMessage>()).Writer.TryWrite(new SentMessage(chatId, messageId, text, buttons, now));
            result = new JsonObject
            {
                ["message_id"] = messageId,
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
                ["text"] = text,
            };
        }
        else if (method == "editMessageReplyMarkup")
        {
            result = new JsonObject
            {
                ["message_id"] = body["message_id"]?.DeepClone(),
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["chat"] = new JsonObject { ["id"] = body["chat_id"]?.DeepClone(), ["type"] = "private" },
            };
        }
        else if (method == "getMe")
        {
            result = new JsonObject { ["id"] = 123456, ["is_bot"] = true, ["first_name"] = "BuurtBot", ["username"] = "BuurtBot_load_bot" };
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString());
    }
}
