using System.Text;
using System.Text.Json.Nodes;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Photos;

/// <summary>Photos in "mijn gegevens" and gone after "vergeet mij", with the bytes in a directory (the second store).</summary>
public sealed class PhotoPrivacyTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "buurtbot-photos-" + Guid.NewGuid().ToString("N"));
    private readonly BuurtBotApp _app;

    public PhotoPrivacyTests()
    {
        _app = new BuurtBotApp();
        _app.Settings["Photos:Storage"] = "Directory";
        _app.Settings["Photos:Directory"] = _directory;
    }

    public void Dispose()
    {
        _app.Dispose();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task APhotoInADirectoryIsInTheExportAndVergeetMijRemovesRowAndFiles()
    {
        var chat = await ResidentChat.WithConsentAsync(_app);
        await chat.ExpectReply(contains: "Wat wil je doen?");
        await chat.SendPhoto(TestPhotos.JpegWithGps());
        await chat.ExpectReply(contains: "Dank je voor je foto.");
        var photo = await _app.QueryAsync(db => db.Photos.AsNoTracking().SingleAsync());
        Assert.Equal("Directory", photo.StoredIn);
        Assert.Equal(0, await _app.QueryAsync(db => db.PhotoContents.CountAsync()));
        var files = Directory.GetFiles(_directory);
        Assert.Equal(2, files.Length);
        var stored = await File.ReadAllBytesAsync(files.Single(f => !f.EndsWith(".thumb.jpg", StringComparison.Ordinal)));
        Assert.DoesNotContain(TestPhotos.SegmentMarkers(stored), m => m is >= 0xE1 and <= 0xEF);

        await chat.Say("privacy");
        await chat.ReadUntil("Wat wil je weten of doen?");
        await chat.Tap("Mijn gegevens");
        var export = await chat.ExpectReply(contains: "Hier zijn al je gegevens");
        await chat.ExpectReply(contains: "Wat wil je weten of doen?");
        var url = export["attachments"]!.AsArray().Single()!["contentUrl"]!.GetValue<string>();
        var json = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(url[(url.IndexOf(',', StringComparison.Ordinal) + 1)..])))!.AsObject();
        var row = json["fotos"]!.AsArray().Single()!.AsObject();
        string Field(string name) => row.First(p => p.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value!.GetValue<string>();
        Assert.Equal(photo.Id.ToString("D"), Field("id"));
        Assert.Equal(Convert.ToBase64String(stored), Field("base64"));

        await chat.Tap("Terug naar het menu");
        await chat.ExpectReply(contains: "Wat wil je doen?");
        await chat.Say("vergeet mij");
        await chat.ExpectReply(contains: "Weet je het zeker?");
        await chat.Tap("Ja");
        await chat.ExpectReply(contains: "Je gegevens zijn gewist.");

        // The erasure runs as the turn's after-work; the goodbye may arrive first.
        await TelegramBotApp.EventuallyAsync(async () => await _app.QueryAsync(db => db.Photos.CountAsync()) == 0, "the photo's row erased");
        await TelegramBotApp.EventuallyAsync(() => Task.FromResult(Directory.GetFiles(_directory).Length == 0), "the photo's files removed");
    }
}
