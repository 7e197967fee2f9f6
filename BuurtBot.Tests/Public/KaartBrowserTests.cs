using System.Text.RegularExpressions;
using BuurtBot.Tests.Testing;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BuurtBot.Tests.Public;

public sealed class KaartBrowserTests(PublicBrowserFixture fixture) : IClassFixture<PublicBrowserFixture>
{
    private PublicSeed Seed => fixture.Seed;

    [Fact]
    public async Task WithTheTileServerDownTheMapStillShowsTheMarkersAndTheListOfPublishedInitiatieven()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/kaart");

        var items = page.Locator("#kaart-lijst > li:visible");
        await Assertions.Expect(items).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#kaart-lijst")).ToContainTextAsync("Moestuin Achterhof");
        await Assertions.Expect(page.Locator("#kaart-lijst")).ToContainTextAsync("Speeltuin Lapersveld");
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("Jeu-de-boulesbaan");
        await Assertions.Expect(page.Locator("#kaart-aantal")).ToHaveTextAsync("3 initiatieven");

        // One marker per published initiatief, on the map although no tile loaded.
        var markers = page.Locator(".leaflet-marker-icon");
        await Assertions.Expect(markers).ToHaveCountAsync(3);
        Assert.True(fixture.BlockedTiles > 0, "the map should have asked the (blocked) tile server for tiles");
        await Assertions.Expect(page.Locator(".leaflet-tile-loaded")).ToHaveCountAsync(0);

        // A street only: placed at the wijk's centre, and the list says so.
        await Assertions.Expect(items.Filter(new() { HasText = "Speeltuin Lapersveld" })).ToContainTextAsync("Locatie bij benadering");
        await Assertions.Expect(items.Filter(new() { HasText = "Moestuin Achterhof" })).Not.ToContainTextAsync("bij benadering");

        // The marker opens a popup with the initiatief's details, and can be reached by keyboard.
        var moestuin = page.Locator($".leaflet-marker-icon[data-id='{Seed.Moestuin.Id:D}']");
        await Assertions.Expect(moestuin).ToHaveAttributeAsync("aria-label", "Moestuin Achterhof");
        await Assertions.Expect(moestuin).ToHaveClassAsync(new Regex("fase-uitvoering"));
        await moestuin.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".leaflet-popup-content")).ToContainTextAsync("Moestuin Achterhof");
        await Assertions.Expect(page.Locator(".leaflet-popup-content")).ToContainTextAsync("Thema: Groen");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task FiltersNarrowTheListAndTheMarkersWithJavaScript()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/kaart");
        await Assertions.Expect(page.Locator(".leaflet-marker-icon")).ToHaveCountAsync(3);

        await page.GetByLabel("Wijk").SelectOptionAsync("Oost");
        await Assertions.Expect(page.Locator("#kaart-lijst > li:visible")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#kaart-lijst > li:visible")).ToContainTextAsync("Speeltuin Lapersveld");
        await Assertions.Expect(page.Locator(".leaflet-marker-icon")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#kaart-aantal")).ToHaveTextAsync("1 initiatief");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/kaart\?wijk=Oost$"));

        await page.GetByLabel("Thema").SelectOptionAsync(new SelectOptionValue { Label = "Groen" });
        await Assertions.Expect(page.Locator("#kaart-lijst > li:visible")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#kaart-leeg")).ToBeVisibleAsync();

        await page.GetByLabel("Wijk").SelectOptionAsync("");
        await Assertions.Expect(page.Locator("#kaart-lijst > li:visible")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#kaart-lijst > li:visible")).ToContainTextAsync("Moestuin Achterhof");
        await Assertions.Expect(page.Locator(".leaflet-marker-icon")).ToHaveCountAsync(1);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task FiltersWorkWithoutJavaScriptThroughTheQueryString()
    {
        var page = await fixture.NewPageAsync(javaScript: false);
        await page.GotoAsync("/kaart");
        await Assertions.Expect(page.Locator("#kaart-lijst > li:visible")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#kaart")).ToBeHiddenAsync();

        await page.GetByLabel("Wijk").SelectOptionAsync("Centrum");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/kaart\?wijk=Centrum&thema=$"));
        await Assertions.Expect(page.Locator("#kaart-lijst > li:visible")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#kaart-lijst > li:visible")).ToContainTextAsync("Moestuin Achterhof");
        await Assertions.Expect(page.Locator("#kaart-aantal")).ToHaveTextAsync("1 initiatief");

        await page.GotoAsync("/kaart?thema=Ontmoeting");
        await Assertions.Expect(page.Locator("#kaart-lijst > li:visible")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByLabel("Thema")).ToHaveValueAsync("Ontmoeting");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TitlesThatLookLikeHtmlAreShownAsTextOnTheMapInThePopupAndOnTheDetailPage()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/kaart");
        var item = page.Locator($"#kaart-lijst > li[data-id='{Seed.Xss.Id:D}']");
        await Assertions.Expect(item.Locator("h3")).ToHaveTextAsync(PublicSeed.XssTitle);
        await page.Locator($".leaflet-marker-icon[data-id='{Seed.Xss.Id:D}']").ClickAsync();
        await Assertions.Expect(page.Locator(".leaflet-popup-content h3")).ToHaveTextAsync(PublicSeed.XssTitle);
        Assert.Equal(0, await page.Locator("main img[src='x']").CountAsync());

        await page.GotoAsync($"/kaart/{Seed.Xss.Id:D}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(PublicSeed.XssTitle);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("<script>window.__xss=2</script>Een bank");
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__xss"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheBuurtmonitorShowsChartsWithTheSameNumbersInTables()
    {
        var page = await fixture.NewPageAsync(javaScript: false);
        await page.GotoAsync("/buurtmonitor");
        var charts = page.Locator("svg[role='img']");
        await Assertions.Expect(charts).ToHaveCountAsync(5);
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Initiatieven per status, alle wijken" })).ToBeVisibleAsync();

        var statusTable = page.Locator("table", new() { Has = page.Locator("caption", new() { HasText = "Initiatieven per status en wijk" }) });
        var centrum = statusTable.Locator("tr", new() { Has = page.Locator("th[scope='row']", new() { HasTextString = "Centrum" }) });
        await Assertions.Expect(centrum.Locator("td").Last).ToHaveTextAsync("1"); // the unpublished one is not counted

        var afspraken = page.Locator("table", new() { Has = page.Locator("caption", new() { HasText = "Afspraken per kant en wijk" }) });
        await Assertions.Expect(afspraken.Locator("tr", new() { HasText = "Centrum" }).Locator("td")).ToHaveTextAsync(["2", "1", "1", "50,0%", "1", "1", "0", "100,0%"]);

        await page.GetByLabel("Wijk", new() { Exact = true }).SelectOptionAsync("Centrum");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Gemiddelde tevredenheid per wijk, wijk Centrum" })).ToBeVisibleAsync();
        var steun = page.Locator("table", new() { Has = page.Locator("caption", new() { HasText = "Steun per maand" }) });
        await Assertions.Expect(steun.Locator("tbody tr")).ToHaveTextAsync(["2026-032", "2026-041"]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ACoordinatorSeesTheirWijkOnTheAdminMapWithUnpublishedInitiatievenMarked()
    {
        var coordinator = await AdminAccounts.CoordinatorAsync(fixture.App.Services, "Carla", "Centrum");
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/admin/kaart");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/aanmelden"));
        await AdminBrowserFixture.SignInAsync(page, coordinator.Email, AdminAccounts.Password);
        await page.GotoAsync("/admin/kaart");

        var items = page.Locator("#kaart-lijst > li:visible");
        await Assertions.Expect(items).ToHaveCountAsync(2);
        await Assertions.Expect(items.Filter(new() { HasText = "Geheime Jeu-de-boulesbaan" })).ToContainTextAsync("Niet gepubliceerd");
        await Assertions.Expect(items.Filter(new() { HasText = "Moestuin Achterhof" })).Not.ToContainTextAsync("Niet gepubliceerd");
        await Assertions.Expect(page.Locator("#kaart-lijst")).Not.ToContainTextAsync("Speeltuin Lapersveld");
        await Assertions.Expect(page.Locator(".leaflet-marker-icon")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#filter-wijk option")).ToHaveTextAsync(["Alle wijken", "Centrum"]);
        await Assertions.Expect(items.First.Locator("a")).ToHaveAttributeAsync("href", $"/admin/initiatieven/{Seed.Moestuin.Id:D}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ThePublicPagesAndTheAdminMapHaveNoWcagViolations()
    {
        var page = await fixture.NewPageAsync();
        foreach (var path in new[] { "/kaart", "/kaart?wijk=Oost", $"/kaart/{Seed.Moestuin.Id:D}", "/open-data", "/buurtmonitor", "/buurtmonitor?wijk=Centrum" })
        {
            await page.GotoAsync(path);
            if (path.StartsWith("/kaart?", StringComparison.Ordinal) || path == "/kaart")
            {
                await Assertions.Expect(page.Locator(".leaflet-marker-icon").First).ToBeVisibleAsync();
            }

            await AssertNoViolationsAsync(page, path);
        }

        var beheerder = await AdminAccounts.BeheerderAsync(fixture.App.Services);
        await AdminBrowserFixture.SignInAsync(page, beheerder.Email, AdminAccounts.Password);
        await page.GotoAsync("/admin/kaart");
        await Assertions.Expect(page.Locator(".leaflet-marker-icon").First).ToBeVisibleAsync();
        await AssertNoViolationsAsync(page, "/admin/kaart");
        await page.Context.CloseAsync();
    }

    private static async Task AssertNoViolationsAsync(IPage page, string name)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        Assert.True(result.Violations.Length == 0,
            name + ":\n" + string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
    }
}
