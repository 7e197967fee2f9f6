using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using BuurtBot.Tests.Testing;
using Microsoft.Data.Sqlite;

namespace BuurtBot.Tests.Reliability;

/// <summary>
/// The database on a tiny tmpfs that a test fills to the last byte, with the host running on it. Before,
/// every message got a bare 500 while /health/ready said 200, so a load balancer kept sending traffic.
/// Now: 503 with Retry-After, readiness failing, and once there is room again everything works without a
/// restart, and every message that was acknowledged (200) is answered.
/// </summary>
public sealed class DiskFullTests : IAsyncLifetime
{
    private readonly string _mount = Path.Combine(Path.GetTempPath(), $"buurtbot-full-{Guid.NewGuid():N}");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_mount);
        var (code, output) = await RunAsync("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", _mount);
        Assert.True(code == 0, $"This test mounts a small tmpfs to fill, which needs root (or CAP_SYS_ADMIN): mount said {output}");
    }

    public async Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        await RunAsync("umount", "-l", _mount);
        Directory.Delete(_mount, recursive: true);
    }

    [Fact]
    public async Task AFullDiskGives503AndFailsReadinessAndRecoversWithoutARestart()
    {
        await using var app = new KestrelBuurtBotApp(Path.Combine(_mount, "buurtbot.db")) { UseWelcomeBot = true };
        app.Settings["WebChat:MessagesPerMinute"] = "10000";
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var chat = await DirectLineClient.StartAsync(http);
        await chat.ReceiveBotMessagesAsync(1);
        var acknowledged = new List<string>();
        Assert.Equal(HttpStatusCode.OK, (await Post(chat, "voor")).StatusCode);
        acknowledged.Add("voor");
        await chat.ReceiveBotMessagesAsync(1);

        var filler = Path.Combine(_mount, "filler");
        Fill(filler);
        HttpResponseMessage? refused = null;
        string? refusedText = null;
        for (var i = 0; i < 500 && refused is null; i++)
        {
            var text = $"tijdens {i}";
            var response = await Post(chat, text);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode} for '{text}': {await response.Content.ReadAsStringAsync()}");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                acknowledged.Add(text);
            }
            else
            {
                (refused, refusedText) = (response, text);
            }
        }

        Assert.NotNull(refused);
        Assert.Equal(TimeSpan.FromSeconds(30), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("ServiceUnavailable", JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["error"]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("/health/ready")).StatusCode);

        File.Delete(filler);
        var clock = Stopwatch.StartNew();
        while ((await http.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "/health/ready did not recover within 30 s of the disk having room again.");
            await Task.Delay(200);
        }

        // The refused message, sent again as its client would: taken now.
        Assert.Equal(HttpStatusCode.OK, (await Post(chat, refusedText!)).StatusCode);
        acknowledged.Add(refusedText!);

        // Every acknowledged message is in the conversation, once, and was answered.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var all = await ReadAllAsync(chat);
            var mine = all.Where(a => a["from"]!["role"]?.GetValue<string>() != "bot").Select(a => a["text"]!.GetValue<string>()).ToList();
            // The smallest bot answers each message with one reply, and greeted once.
            var answered = all.Count(a => a["from"]!["role"]?.GetValue<string>() == "bot") - 1;
            if (mine.SequenceEqual(acknowledged) && answered == acknowledged.Count)
            {
                break;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Sent {string.Join(", ", acknowledged)}; the conversation has {string.Join(", ", mine)}, {answered} answered.");
            await Task.Delay(200);
        }
    }

    private static Task<HttpResponseMessage> Post(DirectLineClient chat, string text) =>
        chat.PostRawAsync(new JsonObject
        {
            ["type"] = "message",
            ["from"] = new JsonObject { ["id"] = "resident", ["role"] = "user" },
            ["text"] = text,
            // The same id for the same text, so a message sent again is the same message.
            ["channelData"] = new JsonObject { ["clientActivityID"] = text.Replace(' ', '-') },
        }.ToJsonString());

    private static async Task<List<JsonObject>> ReadAllAsync(DirectLineClient chat)
    {
        using var response = await chat.GetActivitiesAsync(watermark: "");
        response.EnsureSuccessStatusCode();
        return (await DirectLineClient.ReadJson(response))["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
    }

    /// <summary>Writes until the filesystem says it is full.</summary>
    private static void Fill(string path)
    {
        var block = new byte[64 * 1024];
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1);
        try
        {
            while (true)
            {
                file.Write(block);
                file.Flush();
            }
        }
        catch (IOException)
        {
            // ENOSPC: full.
        }

        // What is left (less than a block) goes too, a byte at a time would take long: small blocks do.
        var small = new byte[512];
        try
        {
            while (true)
            {
                file.Write(small);
                file.Flush();
            }
        }
        catch (IOException)
        {
        }
    }

    private static async Task<(int Code, string Output)> RunAsync(string command, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(command, args) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false })!;
        var output = await process.StandardError.ReadToEndAsync() + await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }
}
