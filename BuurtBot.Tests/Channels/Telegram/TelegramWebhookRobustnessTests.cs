using System.Collections.Concurrent;
using System.Net;
using System.Text;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BuurtBot.Tests.Channels.Telegram;

/// <summary>
/// What the webhook does with updates that carry the right secret but are not what Telegram sends:
/// before, a message without its chat or a tap without its sender gave 500 (and Telegram repeats a
/// failed update for a day), a chunked body had no bound, and every repeated delivery logged an error
/// with a stack trace.
/// </summary>
public sealed class TelegramWebhookRobustnessTests : IAsyncLifetime
{
    private readonly CapturedLogs _logs = new();
    private FakeTelegramApi _telegram = null!;
    private BuurtBotApp _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _telegram = await FakeTelegramApi.StartAsync();
        _app = TelegramBotApp.Create(_telegram, webhook: true);
        _app.Settings["Logging:LogLevel:BuurtBot.Turns.Inbox"] = "Debug";
        _app.ConfigureServices = services => services.AddSingleton<ILoggerProvider>(_logs);
        _http = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
        await _telegram.DisposeAsync();
    }

    [Theory]
    [InlineData("{\"update_id\":11,\"message\":{\"message_id\":1,\"date\":0,\"text\":\"hallo\"}}")]
    [InlineData("{\"update_id\":12,\"message\":{\"message_id\":1,\"date\":0,\"chat\":null,\"text\":\"hallo\"}}")]
    [InlineData("{\"update_id\":13,\"callback_query\":{\"id\":\"q\",\"data\":\"x\",\"chat_instance\":\"c\"}}")]
    [InlineData("{\"update_id\":14,\"message\":{\"message_id\":1,\"date\":0,\"chat\":{\"id\":5,\"type\":\"private\"},\"photo\":[null]}}")]
    [InlineData("{\"update_id\":15,\"message\":{\"message_id\":1,\"date\":0,\"chat\":{\"id\":5,\"type\":\"private\"},\"document\":{}}}")]
    [InlineData("{\"update_id\":16,\"my_chat_member\":{\"date\":0}}")]
    [InlineData("{\"update_id\":17,\"poll_answer\":{\"poll_id\":\"p\"}}")]
    [InlineData("{\"update_id\":18}")]
    public async Task AMalformedUpdateWithTheRightSecretIsAnswered200AndIgnored(string body)
    {
        using var response = await _http.SendAsync(Webhook(new StringContent(body, Encoding.UTF8, "application/json")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await _app.QueryAsync(db => db.Inbox.CountAsync()));
    }

    [Fact]
    public async Task AChunkedBodyPastTheLimitIsRefusedWith413()
    {
        // No Content-Length: HttpClient sends a stream of unknown length chunked.
        var huge = new ChunkedBody("{\"update_id\":1,\"message\":{\"text\":\"", 'x', 3 * 1024 * 1024);
        using var content = new StreamContent(huge);
        content.Headers.ContentType = new("application/json");
        using var response = await _http.SendAsync(Webhook(content));

        // Before, the whole body was read and failed as JSON (400); now the read stops at 1 MB.
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await _app.QueryAsync(db => db.Inbox.CountAsync()));
    }

    [Fact]
    public async Task ARepeatedDeliveryIsLoggedAtDebugWithoutAStackTrace()
    {
        var update = TelegramUpdates.Text(21, "hallo").ToJsonString();
        for (var i = 0; i < 3; i++)
        {
            using var response = await _http.SendAsync(Webhook(new StringContent(update, Encoding.UTF8, "application/json")));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(1, await _app.QueryAsync(db => db.Inbox.CountAsync()));
        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogLevel.Warning && (e.Exception is not null || e.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(2, _logs.Entries.Count(e => e.Level == LogLevel.Debug && e.Category == "BuurtBot.Turns.Inbox" && e.Message.Contains("delivered again", StringComparison.Ordinal) && e.Exception is null));
    }

    private static HttpRequestMessage Webhook(HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook") { Content = content };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", TelegramBotApp.WebhookSecret);
        return request;
    }

    /// <summary>A body that is produced as it is read and counts what was taken; its length is unknown.</summary>
    private sealed class ChunkedBody(string prefix, char fill, int length) : Stream
    {
        private readonly byte[] _prefix = Encoding.UTF8.GetBytes(prefix);

        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = 0;
            while (n < count && Served < length)
            {
                buffer[offset + n++] = Served < _prefix.Length ? _prefix[Served] : (byte)fill;
                Served++;
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Every log entry the host writes (above the configured levels), for asserting on them.</summary>
    private sealed class CapturedLogs : ILoggerProvider
    {
        public ConcurrentQueue<(string Category, LogLevel Level, string Message, Exception? Exception)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturedLogs logs, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                logs.Entries.Enqueue((category, logLevel, formatter(state, exception), exception));
        }
    }
}
