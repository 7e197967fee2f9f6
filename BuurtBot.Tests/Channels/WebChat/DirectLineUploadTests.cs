using System.Net;
using System.Net.Http.Headers;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using BuurtBot.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Channels.WebChat;

/// <summary>Web Chat's paperclip: POST …/upload as directlinejs builds it (an activity part and one part per file).</summary>
public sealed class DirectLineUploadTests : IDisposable
{
    private readonly BuurtBotApp _app = new() { UseWelcomeBot = true };

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task APhotoArrivesInTheTurnAsAnAttachmentAndIsAnswered()
    {
        var resident = await DirectLineClient.StartAsync(_app.CreateClient());
        await resident.ReceiveBotMessagesAsync();

        var response = await UploadAsync(resident, ("image/jpeg", "../../speeltuin.jpg", new byte[3000]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(resident.ConversationId + "|", (await DirectLineClient.ReadJson(response))["id"]!.GetValue<string>(), StringComparison.Ordinal);
        await resident.ReceiveBotMessagesAsync();
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        var line = await db.Transcript.Where(t => t.Author == TranscriptAuthor.Resident).SingleAsync();
        var attachment = Assert.Single(MessageJson.ReadInbound(line.Payload).Attachments);
        Assert.Equal("image/jpeg", attachment.ContentType);
        Assert.Equal("speeltuin.jpg", attachment.Name);
        Assert.Equal("[bijlage]", line.Text);
    }

    [Fact]
    public async Task AFileThatIsNotAPhotoIsRefusedWith415AndNothingStored()
    {
        var resident = await DirectLineClient.StartAsync(_app.CreateClient());

        var response = await UploadAsync(resident, ("text/html", "pagina.html", "<script>alert(1)</script>"u8.ToArray()));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("image/jpeg", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await ResidentLinesAsync());
    }

    [Fact]
    public async Task AnUploadOverTheLimitIsRefusedWith413()
    {
        _app.Settings["WebChat:MaxUploadBytes"] = "2048";
        var resident = await DirectLineClient.StartAsync(_app.CreateClient());

        var response = await UploadAsync(resident, ("image/png", "groot.png", new byte[10_000]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await ResidentLinesAsync());
    }

    [Fact]
    public async Task AnUploadWithoutATokenIsRefused()
    {
        var resident = await DirectLineClient.StartAsync(_app.CreateClient());

        var response = await UploadAsync(resident, ("image/jpeg", "foto.jpg", new byte[10]), token: "");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<HttpResponseMessage> UploadAsync(DirectLineClient resident, (string Type, string Name, byte[] Bytes) file, string? token = null)
    {
        var form = new MultipartFormDataContent();
        var activity = new StringContent("""{"type":"message","from":{"id":"bewoner-1"},"channelData":{"clientActivityID":"up1"},"attachments":[{"contentType":"image/jpeg","name":"speeltuin.jpg"}]}""");
        activity.Headers.ContentType = new MediaTypeHeaderValue(DirectLineUploadActivityType);
        form.Add(activity, "activity", "blob");
        var part = new ByteArrayContent(file.Bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue(file.Type);
        form.Add(part, "file", file.Name);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{resident.ConversationId}/upload?userId=bewoner-1") { Content = form };
        if ((token ?? resident.Token) is { Length: > 0 } bearer)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await _app.CreateClient().SendAsync(request);
    }

    private const string DirectLineUploadActivityType = "application/vnd.microsoft.activity";

    private async Task<int> ResidentLinesAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>().Transcript.CountAsync(t => t.Author == TranscriptAuthor.Resident);
    }
}
