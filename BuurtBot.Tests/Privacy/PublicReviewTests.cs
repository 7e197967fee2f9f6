using System.Net;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BuurtBot.Tests.Privacy;

/// <summary>
/// The first promise: a resident typed a phone number and their name into a description and
/// agreed to publish. Nothing of it is on the map, the open data, the buurtmonitor or the share link
/// until a coordinator of the wijk approved a public version; the approved version after; a later
/// change by the resident hides the text again until it is approved anew.
/// </summary>
public sealed class PublicReviewTests(AdminBrowserFixture fixture) : IClassFixture<AdminBrowserFixture>
{
    private const string Title = "Buurtmoestuin Kerkelanden";
    private const string Description = "Bel me gerust: Jan Pietersen, 06-12345678. Ik ben Jan Pietersen van de Lindelaan 4, 1217 AB.";
    private const string Doel = "Samen tuinieren. Mail jan.pietersen@voorbeeld.nl of maak over naar NL91ABNA0417164300.";
    private const string AfspraakText = "Jan Pietersen maait het gras.";

    private static readonly string[] Private = ["Pietersen", "06-12345678", "voorbeeld.nl", "NL91ABNA0417164300", "1217 AB", "Lindelaan 4"];

    private static readonly string[] PublicPaths =
    [
        "/open-data/initiatieven.csv", "/open-data/initiatieven.json", "/open-data/initiatieven.geojson",
        "/open-data/afspraken.csv", "/open-data/afspraken.json", "/kaart", "/buurtmonitor", "/buurtmonitor?wijk=Zuidwest",
    ];

    private IServiceProvider Services => fixture.App.Services;

    [Fact]
    public async Task PersonalDataInThePublishedTextIsShownNowhereUntilACoordinatorApprovesAnEditedVersion()
    {
        Assertions.SetDefaultExpectTimeout(15_000);
        var initiatief = await SeedPublishedAsync();
        var http = fixture.NewHttpClient();

        // Before review: structured fields only, nothing the resident typed, not even the title.
        var before = await PublicAsync(http, initiatief.Id);
        AssertNone([.. Private, Title, "Samen tuinieren", "maait het gras"], before);
        Assert.Contains("Initiatief over groen in Kerkelanden", before, StringComparison.Ordinal);
        Assert.Contains(initiatief.Id.ToString(), before, StringComparison.Ordinal);

        // A coordinator of another wijk may not review it.
        var other = await fixture.NewPageAsync((await AdminAccounts.CoordinatorAsync(Services, "Otto", "Oost")).Email);
        var refused = await other.GotoAsync($"/admin/initiatieven/{initiatief.Id}/openbaar");
        Assert.Equal((int)HttpStatusCode.Forbidden, refused!.Status);
        await other.Context.CloseAsync();

        // The coordinator of Zuidwest sees the likely personal data marked and writes the public version.
        var zora = await AdminAccounts.CoordinatorAsync(Services, "Zora", "Zuidwest");
        var page = await fixture.NewPageAsync(zora.Email);
        await page.GotoAsync($"/admin/initiatieven/{initiatief.Id}");
        await Assertions.Expect(page.Locator("#public-text-link")).ToContainTextAsync("wacht op beoordeling");
        await page.GetByRole(AriaRole.Link, new() { Name = "Openbare tekst beoordelen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#resident-text mark[data-kind=Telefoon]")).ToHaveTextAsync("06-12345678");
        await Assertions.Expect(page.Locator("#resident-text mark[data-kind=Naam]").First).ToHaveTextAsync("Jan Pietersen");
        await Assertions.Expect(page.Locator("#resident-text mark[data-kind=Email]")).ToHaveTextAsync("jan.pietersen@voorbeeld.nl");
        await Assertions.Expect(page.Locator("#resident-text mark[data-kind=Iban]")).ToHaveTextAsync("NL91ABNA0417164300");
        await Assertions.Expect(page.Locator("#resident-text mark[data-kind=Adres]").First).ToContainTextAsync("Lindelaan 4");
        await page.GetByLabel("Beschrijving").FillAsync("Samen een moestuin beginnen in Kerkelanden.");
        await page.GetByLabel("Doel").FillAsync("Samen tuinieren.");
        await page.GetByLabel("Afspraak 1").FillAsync("Bewoners maaien het gras.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren en openbaar tonen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("goedgekeurd");
        await Assertions.Expect(page.Locator("#review-state")).ToContainTextAsync("Goedgekeurd");

        // After: the approved wording, still none of the personal data.
        var after = await PublicAsync(http, initiatief.Id);
        AssertNone(Private, after);
        Assert.Contains(Title, after, StringComparison.Ordinal);
        Assert.Contains("Samen een moestuin beginnen in Kerkelanden.", after, StringComparison.Ordinal);
        Assert.Contains("Bewoners maaien het gras.", after, StringComparison.Ordinal);
        foreach (var path in new[] { "/open-data/initiatieven.csv", "/open-data/initiatieven.json", "/open-data/initiatieven.geojson" })
        {
            Assert.Contains("Samen een moestuin beginnen in Kerkelanden.", await http.GetStringAsync(path), StringComparison.Ordinal);
        }

        // The resident changes the description: the public text is gone again until it is approved anew.
        await fixture.App.QueryAsync(async db =>
        {
            var stored = await db.Initiatieven.SingleAsync(i => i.Id == initiatief.Id);
            var areas = AreaCatalogLoader.FromEmbeddedDefault();
            var kerkelanden = areas.FindBuurt("Kerkelanden")!;
            stored.UpdateDetails(new InitiatiefDraft(Title, "Nu met een kas. Bel 06-99887766.", stored.Thema, kerkelanden.Wijk, kerkelanden.Buurt, null, stored.Doel, 8), DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var changed = await PublicAsync(http, initiatief.Id);
        AssertNone([.. Private, "06-99887766", "Nu met een kas", Title, "Samen een moestuin beginnen"], changed);
        Assert.Contains("Bewoners maaien het gras.", changed, StringComparison.Ordinal); // the afspraak did not change
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#review-state")).ToContainTextAsync("Wacht op uw beoordeling");
        await Assertions.Expect(page.Locator("#resident-text mark[data-kind=Telefoon]")).ToHaveTextAsync("06-99887766");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ApprovingATextThatChangedWhileThePageWasOpenIsRefused()
    {
        var initiatief = await SeedPublishedAsync("Bloembakken Hoorneboeg");
        var zora = await AdminAccounts.CoordinatorAsync(Services, "Zara", "Zuidwest");
        var page = await fixture.NewPageAsync(zora.Email);
        await page.GotoAsync($"/admin/initiatieven/{initiatief.Id}/openbaar");

        await fixture.App.QueryAsync(async db =>
        {
            var stored = await db.Initiatieven.SingleAsync(i => i.Id == initiatief.Id);
            var kerkelanden = AreaCatalogLoader.FromEmbeddedDefault().FindBuurt("Kerkelanden")!;
            stored.UpdateDetails(new InitiatiefDraft(stored.Title, "Mijn naam is Kees Brouwer, bel 0612121212.", stored.Thema, kerkelanden.Wijk, kerkelanden.Buurt, null, stored.Doel, 3), DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren en openbaar tonen" }).ClickAsync();

        await Assertions.Expect(page.Locator("#error")).ToContainTextAsync("veranderd");
        await Assertions.Expect(page.Locator("#resident-text mark[data-kind=Naam]")).ToHaveTextAsync("Kees Brouwer");
        var stored = await fixture.App.QueryAsync(db => db.Initiatieven.AsNoTracking().SingleAsync(i => i.Id == initiatief.Id));
        Assert.False(stored.HasApprovedPublicText);
        AssertNone(["Kees Brouwer", "0612121212"], await fixture.NewHttpClient().GetStringAsync("/open-data/initiatieven.csv"));
        await page.Context.CloseAsync();
    }

    private async Task<Initiatief> SeedPublishedAsync(string title = Title)
    {
        var initiatief = await TestInitiatieven.SeedAsync(Services, title, "Zuidwest", buurt: "Kerkelanden", description: Description, shape: (i, now) =>
        {
            i.StartReview(Actor.Coordinator("seed"), now);
            i.ProposeDeal([new AfspraakDraft(DealSide.Bewoners, AfspraakText)], Actor.Coordinator("seed"), now);
            i.Publish(ShareCodes.New(), now);
        });
        await fixture.App.QueryAsync(async db =>
        {
            var stored = await db.Initiatieven.SingleAsync(i => i.Id == initiatief.Id);
            var kerkelanden = AreaCatalogLoader.FromEmbeddedDefault().FindBuurt("Kerkelanden")!;
            stored.UpdateDetails(new InitiatiefDraft(stored.Title, Description, stored.Thema, kerkelanden.Wijk, kerkelanden.Buurt, stored.Location, Doel, 5), DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        return initiatief;
    }

    private static async Task<string> PublicAsync(HttpClient http, Guid id)
    {
        var bodies = new List<string>();
        foreach (var path in PublicPaths.Append($"/kaart/{id}"))
        {
            using var response = await http.GetAsync(path);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {response.StatusCode}");
            bodies.Add(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        }

        return string.Join("\n", bodies);
    }

    private static void AssertNone(IEnumerable<string> forbidden, string body)
    {
        foreach (var text in forbidden)
        {
            Assert.False(body.Contains(text, StringComparison.OrdinalIgnoreCase), $"a public page shows '{text}'");
        }
    }
}
