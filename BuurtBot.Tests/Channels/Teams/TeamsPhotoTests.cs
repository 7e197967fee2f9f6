using System.Text.Json.Nodes;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using BuurtBot.Turns;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Channels.Teams;

/// <summary>An image a resident sends in Teams: fetched from the Bot Connector with the bot's token, stored clean.</summary>
public sealed class TeamsPhotoTests : IAsyncLifetime
{
    private TeamsTestChannel _teams = null!;

    public async Task InitializeAsync() => _teams = await TeamsTestChannel.StartAsync();

    public async Task DisposeAsync() => await _teams.DisposeAsync();

    [Fact]
    public async Task AnImageAttachmentIsFetchedWithTheBotsTokenAndStoredWithoutMetadata()
    {
        var url = _teams.Connector.AddAttachment("0-weu-d1-abc", TestPhotos.JpegWithGps());
        var message = _teams.Message("");
        message.Remove("text");
        message["attachments"] = new JsonArray(
            new JsonObject { ["contentType"] = "image/*", ["contentUrl"] = url },
            // Teams' own copy of the message as HTML: not a file of the resident's.
            new JsonObject { ["contentType"] = "text/html", ["content"] = "<div><img src=\"" + url + "\"></div>" });

        await _teams.PostAsync(message);
        await _teams.Connector.WaitForAsync(1);

        var fetch = Assert.Single(_teams.Connector.AttachmentRequests);
        Assert.StartsWith("Bearer bot-token-", fetch.Authorization, StringComparison.Ordinal);
        var photo = await _teams.QueryAsync(db => db.Photos.SingleAsync());
        var content = await _teams.QueryAsync(db => db.PhotoContents.SingleAsync());
        Assert.DoesNotContain(TestPhotos.SegmentMarkers(content.Jpeg), m => m is >= 0xE1 and <= 0xEF);
        var line = await _teams.QueryAsync(db => db.Transcript.SingleAsync(t => t.Author == TranscriptAuthor.Resident));
        var attachment = Assert.Single(MessageJson.ReadInbound(line.Payload).Attachments);
        // Teams' URL is not kept: only our own reference to the clean copy.
        Assert.Equal("photo:" + photo.Id.ToString("N"), attachment.Reference);
        Assert.Equal(line.ConversationId, photo.ConversationId);
    }

    [Fact]
    public async Task TheBotsTokenIsNotSentToAnotherHostAndNothingIsStored()
    {
        await using var elsewhere = await FakeTeamsConnector.StartAsync();
        var url = elsewhere.AddAttachment("stolen", TestPhotos.JpegWithGps());
        var message = _teams.Message("");
        message.Remove("text");
        message["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "image/jpeg", ["contentUrl"] = url });

        await _teams.PostAsync(message);
        await _teams.Connector.WaitForAsync(1);

        var fetch = Assert.Single(elsewhere.AttachmentRequests);
        Assert.Equal("", fetch.Authorization);
        Assert.Equal(0, await _teams.QueryAsync(db => db.Photos.CountAsync()));
        var line = await _teams.QueryAsync(db => db.Transcript.SingleAsync(t => t.Author == TranscriptAuthor.Resident));
        Assert.NotNull(Assert.Single(MessageJson.ReadInbound(line.Payload).Attachments).Problem);
    }
}
