using System.Net;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using BuurtBot.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Channels.WebChat;

/// <summary>Web Chat's paperclip and the chat page's file button: POST …/upload as directlinejs builds it (an activity part and one part per file).</summary>
public sealed class DirectLineUploadTests : IDisposable
{
    private readonly BuurtBotApp _app = new() { UseWelcomeBot = true };

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task APhotoIsStoredCleanedWithTheMessageAndTheTurnGetsItsReference()
    {
        var resident = await DirectLineClient.StartAsync(_app.CreateClient());
        await resident.ReceiveBotMessagesAsync();

        var response = await resident.UploadAsync(TestPhotos.JpegWithGps(), "image/jpeg", "../../speeltuin.jpg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(resident.ConversationId + "|", (await DirectLineClient.ReadJson(response))["id"]!.GetValue<string>(), StringComparison.Ordinal);
        await resident.ReceiveBotMessagesAsync();
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        var line = await db.Transcript.Where(t => t.Author == TranscriptAuthor.Resident).SingleAsync();
        var attachment = Assert.Single(MessageJson.ReadInbound(line.Payload).Attachments);
        var photo = await db.Photos.SingleAsync();
        Assert.Equal("photo:" + photo.Id.ToString("N"), attachment.Reference);
        Assert.Equal("speeltuin.jpg", attachment.Name);
        // The photo's GPS position is not kept in the transcript (nor in the image).
        Assert.Null(attachment.TakenAt);
        Assert.Equal("[bijlage]", line.Text);
        Assert.Equal(line.ConversationId, photo.ConversationId);
        var stored = await db.PhotoContents.SingleAsync();
        Assert.DoesNotContain(TestPhotos.SegmentMarkers(stored.Jpeg), m => m is >= 0xE1 and <= 0xEF);
        Assert.False(TestPhotos.Contains(stored.Jpeg, TestPhotos.Owner));
    }

    [Fact]
    public async Task AnUploadOverTheLimitIsRefusedWith413()
    {
        _app.Settings["WebChat:MaxUploadBytes"] = "2048";
        var resident = await DirectLineClient.StartAsync(_app.CreateClient());

        var response = await resident.UploadAsync(new byte[10_000], "image/png", "groot.png");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await ResidentLinesAsync());
        Assert.Equal(0, await PhotoCountAsync());
    }

    [Fact]
    public async Task AnUploadWithoutATokenIsRefused()
    {
        var resident = await DirectLineClient.StartAsync(_app.CreateClient());

        var response = await resident.UploadAsync(TestPhotos.JpegWithGps(), token: "");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await PhotoCountAsync());
    }

    private async Task<int> ResidentLinesAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>().Transcript.CountAsync(t => t.Author == TranscriptAuthor.Resident);
    }

    private async Task<int> PhotoCountAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        return await db.Photos.CountAsync() + await db.PhotoContents.CountAsync();
    }
}
