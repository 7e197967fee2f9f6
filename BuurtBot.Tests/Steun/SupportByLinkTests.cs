using System.Net;
using System.Xml.Linq;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Steun;

/// <summary>The initiatiefnemer publishes and shares; a neighbour opens the link in the web chat and supports with one tap.</summary>
public sealed class SupportByLinkTests : IAsyncLifetime
{
    private readonly BuurtBotApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task PublishingFromMijnInitiatievenGivesTheLinksAndTheQrCodeAndUnpublishingTakesThemAway()
    {
        var chat = await ResidentChat.WithConsentAsync(_app);
        await chat.ExpectReply(contains: "Wat wil je doen?");
        var initiatief = await TestInitiatieven.SeedAsync(_app.Services, "Moestuin Oost", "Oost", await chat.ResidentIdAsync(_app));

        await OpenMine(chat, "Moestuin Oost");
        await chat.ExpectReply(contains: "Wat wil je doen?", buttons: ["Openbaar maken", "Intrekken", "Terug naar het menu"]);
        await chat.Tap("Openbaar maken");
        var question = await chat.ExpectReply(contains: "Mag je initiatief openbaar worden?", buttons: ["Ja, maak openbaar", "Nee, liever niet"]);
        Assert.Contains("Je naam en hoe we je bereiken worden nooit openbaar", question["text"]!.GetValue<string>(), StringComparison.Ordinal);
        await chat.Tap("Ja, maak openbaar");
        var links = await chat.ExpectReply(contains: "is nu openbaar");
        await chat.DeclinePeilingen();
        await chat.ExpectReply(contains: "Wat wil je doen?");

        var code = (await _app.QueryAsync(db => db.Initiatieven.AsNoTracking().SingleAsync(i => i.Id == initiatief.Id))).ShareCode!;
        Assert.Equal(ShareCodes.Length, code.Length);
        var text = links["text"]!.GetValue<string>();
        Assert.Contains($"/?steun={code}", text, StringComparison.Ordinal);
        Assert.Contains($"/steun/{code}/qr.svg", text, StringComparison.Ordinal);
        var image = Assert.Single(links["attachments"]!.AsArray())!;
        Assert.Equal("image/png", image["contentType"]!.GetValue<string>());
        var png = Convert.FromBase64String(image["contentUrl"]!.GetValue<string>().Split(',')[1]);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);

        var http = _app.CreateClient();
        var svg = await http.GetAsync($"/steun/{code}/qr.svg");
        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
        Assert.Equal("svg", XDocument.Parse(await svg.Content.ReadAsStringAsync()).Root!.Name.LocalName);
        var qrPng = await http.GetAsync($"/steun/{code}/qr.png");
        Assert.Equal(HttpStatusCode.OK, qrPng.StatusCode);
        Assert.Equal("image/png", qrPng.Content.Headers.ContentType!.MediaType);

        await OpenMine(chat, "Moestuin Oost");
        await chat.ExpectReply(contains: "Wat wil je doen?", buttons: ["Deel-link tonen", "Niet meer openbaar", "Intrekken", "Terug naar het menu"]);
        await chat.Tap("Niet meer openbaar");
        await chat.ExpectReply(contains: "is niet meer openbaar");
        await chat.ExpectReply(contains: "Wat wil je doen?");

        Assert.False((await _app.QueryAsync(db => db.Initiatieven.AsNoTracking().SingleAsync(i => i.Id == initiatief.Id))).IsPublished);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/steun/{code}/qr.svg")).StatusCode);
    }

    [Fact]
    public async Task ANeighbourSupportsWithOneTapAndTappingAgainCountsNothing()
    {
        var code = await PublishedAsync("Bankje Kerkbrink", "Centrum");

        var neighbour = await ResidentChat.OpenAsync(_app);
        await neighbour.ExpectReply(contains: "BuurtBot");
        await neighbour.ExpectReply(contains: "Vind je dat goed?");
        await neighbour.OpenShareLink(code);

        // A new resident answers the privacy question first, then lands on the initiatief.
        await neighbour.ExpectReply(contains: "BuurtBot");
        await neighbour.ExpectReply(contains: "Vind je dat goed?");
        await neighbour.Tap("Ja, dat is goed");
        var shown = await neighbour.ExpectReply(contains: "Bankje Kerkbrink");
        Assert.Contains("Wijk: Centrum", shown["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Aantal bewoners dat dit steunt: 0", shown["text"]!.GetValue<string>(), StringComparison.Ordinal);
        await neighbour.ExpectReply(contains: "Wil je dit initiatief steunen?", buttons: ["Ik steun dit", "Nee, terug naar het menu"]);
        await neighbour.Tap("Ik steun dit");
        await neighbour.ExpectReply(contains: "Er zijn nu 1 bewoners die dit steunen.");
        await neighbour.ExpectReply(contains: "Wat wil je doen?");

        await neighbour.OpenShareLink(code);
        await neighbour.ExpectReply(contains: "Aantal bewoners dat dit steunt: 1");
        await neighbour.ExpectReply(contains: "Wil je dit initiatief steunen?");
        await neighbour.Tap("Ik steun dit");
        await neighbour.ExpectReply(contains: "Je steunt ‘Bankje Kerkbrink’ al.");
        await neighbour.ExpectReply(contains: "Wat wil je doen?");

        Assert.Equal(1, await _app.QueryAsync(db => db.Steun.CountAsync()));
    }

    [Fact]
    public async Task TypingSteunAndTheCodeOpensTheInitiatiefAsTheTeamsLinkPrefillsIt()
    {
        var code = await PublishedAsync("Jeu-de-boulesbaan", "Zuidoost");
        var chat = await ResidentChat.WithConsentAsync(_app);
        await chat.ExpectReply(contains: "Wat wil je doen?");

        await chat.Say($"steun {code.ToLowerInvariant()}");
        await chat.ExpectReply(contains: "Jeu-de-boulesbaan");
        await chat.ExpectReply(contains: "Wil je dit initiatief steunen?");
        await chat.Tap("Nee, terug naar het menu");
        await chat.ExpectReply(contains: "Je hebt niets gesteund.");
        await chat.ExpectReply(contains: "Wat wil je doen?");

        Assert.Equal(0, await _app.QueryAsync(db => db.Steun.CountAsync()));
    }

    [Fact]
    public async Task TheInitiatiefnemerOpeningTheirOwnLinkIsNotCounted()
    {
        var chat = await ResidentChat.WithConsentAsync(_app);
        await chat.ExpectReply(contains: "Wat wil je doen?");
        var code = await PublishedAsync("Speeltuin Zuid", "Zuid", await chat.ResidentIdAsync(_app));

        await chat.OpenShareLink(code);
        await chat.ExpectReply(contains: "Speeltuin Zuid");
        await chat.ExpectReply(contains: "Dit is je eigen initiatief.");
        await chat.ExpectReply(contains: "Wat wil je doen?");

        Assert.Equal(0, await _app.QueryAsync(db => db.Steun.CountAsync()));
    }

    [Fact]
    public async Task AnUnknownOrNoLongerPublishedCodeGetsAFriendlyMessageAndNoQrCode()
    {
        var code = await PublishedAsync("Hondenveld", "Oost");
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
            (await db.Initiatieven.SingleAsync(i => i.ShareCode == code)).Unpublish(DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        var chat = await ResidentChat.WithConsentAsync(_app);
        await chat.ExpectReply(contains: "Wat wil je doen?");
        foreach (var tried in new[] { code, "ONBEKEND23" })
        {
            await chat.OpenShareLink(tried);
            await chat.ExpectReply(contains: "Deze link werkt niet (meer).");
            await chat.ExpectReply(contains: "Wat wil je doen?");
        }

        var http = _app.CreateClient();
        foreach (var path in new[] { $"/steun/{code}/qr.svg", $"/steun/{code}/qr.png", "/steun/ONBEKEND23/qr.svg", "/steun/abc/qr.svg", "/steun/%3Cscript%3E1234/qr.svg" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(path)).StatusCode);
        }

        Assert.Equal(0, await _app.QueryAsync(db => db.Steun.CountAsync()));
    }

    [Fact]
    public async Task AStartEventThatIsNotAShareLinkIsRefusedWithAClearError()
    {
        var chat = await ResidentChat.OpenAsync(_app);
        await chat.ExpectReply(contains: "BuurtBot");
        await chat.ExpectReply(contains: "Vind je dat goed?");

        var wrongName = await chat.Client.PostRawAsync("""{"type":"event","name":"webchat/join","value":"x","from":{"id":"resident"}}""");
        var badValue = await chat.Client.PostRawAsync("""{"type":"event","name":"start","value":"steun_<b>","from":{"id":"resident"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, wrongName.StatusCode);
        Assert.Contains("'start'", await wrongName.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badValue.StatusCode);
    }

    private static async Task OpenMine(ResidentChat chat, string title)
    {
        await chat.Tap("Mijn initiatieven");
        await chat.ExpectReply(contains: "Dit zijn jouw initiatieven");
        await chat.ExpectReply(contains: "Over welk initiatief");
        await chat.Tap(title);
        await chat.ExpectReply(contains: title);
    }

    private async Task<string> PublishedAsync(string title, string wijk, string residentId = "bewoner-zonder-chat")
    {
        var code = ShareCodes.New();
        await TestInitiatieven.SeedAsync(_app.Services, title, wijk, residentId, shape: (i, now) => i.PublishApproved(code, now));
        return code;
    }
}
