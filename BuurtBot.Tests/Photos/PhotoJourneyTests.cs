using System.Net;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Photos;

/// <summary>
/// A photo and a spot through the web chat into the intake, and what coordinators see of them: the
/// initiatief page and the chat view, the photo served only to the wijk's coordinators, never cached.
/// Real host on Kestrel, real SQLite file, real HTTP.
/// </summary>
public sealed class PhotoJourneyTests : IAsyncLifetime
{
    private readonly KestrelBuurtBotApp _app = new();

    public Task InitializeAsync()
    {
        _app.Settings["Admin:SecureCookies"] = "false";
        // 1 MB, so a test photo can be too large and still small for the upload.
        _app.Settings["Photos:MaxBytes"] = "1000000";
        _ = _app.BaseAddress;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task APhotoOfTheSpotAndItsPlaceReachTheInitiatiefPageWithoutAnyMetadata()
    {
        var chat = await ResidentChat.WithConsentAsync(_app);
        var answers = new IntakeAnswers { Title = "Bloembakken Havenstraat", Photo = TestPhotos.JpegWithGps(52.2240, 5.1760), UsePhotoPlace = true };
        await chat.AnswerIntakeQuestions(answers);
        var summary = await chat.AgreeWederkerigheid(answers);
        await chat.Tap("Indienen");
        await chat.ExpectReply(contains: "is ingediend");
        await chat.DeclinePublishing();
        await chat.DeclinePeilingen();

        Assert.Contains("Foto's: 1", summary, StringComparison.Ordinal);
        var residentId = await chat.ResidentIdAsync(_app);
        var initiatief = await _app.QueryAsync(db => db.Initiatieven.AsNoTracking().SingleAsync(i => i.InitiatiefnemerId == residentId));
        var photo = await _app.QueryAsync(db => db.Photos.AsNoTracking().SingleAsync());
        Assert.Equal(initiatief.Id, photo.InitiatiefId);
        Assert.Equal(52.2240, initiatief.Location!.Latitude!.Value, 4);
        Assert.Equal(5.1760, initiatief.Location.Longitude!.Value, 4);
        Assert.Null(photo.PublicApprovedUtc);

        var carla = await AdminAccounts.CoordinatorAsync(_app.Services, "Carla", "Centrum");
        using var centrum = new AdminHttpSession(_app.BaseAddress);
        await centrum.SignInAsync(carla.Email, AdminAccounts.Password);
        var page = await (await centrum.GetAsync($"/admin/initiatieven/{initiatief.Id}")).Content.ReadAsStringAsync();
        Assert.Contains($"/admin/fotos/{photo.Id}/klein", page, StringComparison.Ordinal);
        Assert.Contains("Plek: 52.224, 5.176 (Havenstraat 12), in de buurt van wijk Centrum", page, StringComparison.Ordinal);
        Assert.Contains("gezichten, kentekens", page, StringComparison.Ordinal);
        var chatView = await (await centrum.GetAsync($"/admin/gesprekken/{residentId}")).Content.ReadAsStringAsync();
        Assert.Contains($"/admin/fotos/{photo.Id}/klein", chatView, StringComparison.Ordinal);

        foreach (var path in new[] { $"/admin/fotos/{photo.Id}", $"/admin/fotos/{photo.Id}/klein" })
        {
            using var response = await centrum.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
            // "private, no-store" from the endpoint; when the sign-in cookie is renewed on the same response,
            // ASP.NET's cookie handler makes it "no-cache, no-store": either way nothing keeps a copy.
            Assert.True(response.Headers.CacheControl is { NoStore: true } cache && (cache.Private || cache.NoCache), response.Headers.CacheControl?.ToString());
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.DoesNotContain(TestPhotos.SegmentMarkers(bytes), m => m is >= 0xE1 and <= 0xEF or 0xFE);
            Assert.False(TestPhotos.Contains(bytes, TestPhotos.Owner));
        }
    }

    [Fact]
    public async Task AnOostCoordinatorGets403ForACentrumPhotoAndNobodySignedOutGetsIt()
    {
        var chat = await ResidentChat.WithConsentAsync(_app);
        await chat.AnswerIntakeQuestions(new IntakeAnswers { Title = "Speeltuin Centrum", Photo = TestPhotos.JpegWithGps(52.2240, 5.1760), UsePhotoPlace = false });
        var summary = await chat.AgreeWederkerigheid(new IntakeAnswers());
        await chat.Tap("Indienen");
        await chat.ExpectReply(contains: "is ingediend");
        var photo = await _app.QueryAsync(db => db.Photos.AsNoTracking().SingleAsync(p => p.InitiatiefId != null));
        // "Nee" to the photo's place: the initiatief keeps the typed street, not the photo's position.
        var initiatief = await _app.QueryAsync(db => db.Initiatieven.AsNoTracking().SingleAsync(i => i.Id == photo.InitiatiefId));
        Assert.Null(initiatief.Location!.Latitude);
        Assert.Contains("Plek: Havenstraat 12", summary, StringComparison.Ordinal);

        var olga = await AdminAccounts.CoordinatorAsync(_app.Services, "Olga", "Oost");
        using var oost = new AdminHttpSession(_app.BaseAddress);
        await oost.SignInAsync(olga.Email, AdminAccounts.Password);
        using var forbidden = await oost.GetAsync($"/admin/fotos/{photo.Id}");
        using var forbiddenThumbnail = await oost.GetAsync($"/admin/fotos/{photo.Id}/klein");
        using var anonymous = new AdminHttpSession(_app.BaseAddress);
        using var signedOut = await anonymous.GetAsync($"/admin/fotos/{photo.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbiddenThumbnail.StatusCode);
        Assert.NotEqual("image/jpeg", forbidden.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual(HttpStatusCode.OK, signedOut.StatusCode);
        Assert.NotEqual("image/jpeg", signedOut.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AFileThatIsNoPhotoOrTooLargeGetsAKindAnswerAndNothingIsStored()
    {
        var chat = await ResidentChat.WithConsentAsync(_app);
        await chat.ExpectReply(contains: "Wat wil je doen?");

        await chat.SendPhoto("<html><script>alert(1)</script></html>"u8.ToArray(), "image/jpeg", "pagina.jpg");
        await chat.ExpectReply(contains: "Dit bestand kan ik niet openen als foto. Stuur een foto als JPG, PNG of WebP. Ik heb niets bewaard.");
        var big = TestPhotos.Noise(1500, 1500);
        Assert.InRange(big.Length, 1_000_001, 9_000_000);
        await chat.SendPhoto(big);
        await chat.ExpectReply(contains: "Deze foto is te groot voor mij.");

        Assert.Equal(0, await _app.QueryAsync(db => db.Photos.CountAsync()));
        Assert.Equal(0, await _app.QueryAsync(db => db.PhotoContents.CountAsync()));
    }
}
