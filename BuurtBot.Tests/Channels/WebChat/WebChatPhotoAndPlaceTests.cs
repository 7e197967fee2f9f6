using BuurtBot.Dialogs.Messages;
using BuurtBot.Tests.Testing;
using BuurtBot.Turns;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BuurtBot.Tests.Channels.WebChat;

/// <summary>The chat page's own file, location and pin buttons in Chromium, by keyboard, against the real host.</summary>
public sealed class WebChatPhotoAndPlaceTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly KestrelBuurtBotApp _app = new();
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "nl-NL",
            BaseURL = _app.BaseAddress.ToString(),
            Geolocation = new Geolocation { Latitude = 52.2240f, Longitude = 5.1760f },
            Permissions = ["geolocation"],
        });
        // Count every position asked of the browser: the page may only ask on the resident's click.
        await _context.AddInitScriptAsync("""
            window.__positionsAsked = 0;
            const ask = navigator.geolocation.getCurrentPosition.bind(navigator.geolocation);
            navigator.geolocation.getCurrentPosition = (...args) => { window.__positionsAsked++; return ask(...args); };
            """);
        _page = await _context.NewPageAsync();
        _context.SetDefaultTimeout(15_000);
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    public async Task DisposeAsync()
    {
        await _context.CloseAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task TheFileButtonTakesAPhotoByKeyboardAndTheBotKeepsItCleaned()
    {
        await _page.GotoAsync("/");
        await Assertions.Expect(_page.Locator("#log li.bot").Last).ToContainTextAsync("Vind je dat goed?");

        // Focus and Enter in one action, as the location test presses its button: a separate focus
        // and keypress once missed the chooser in CI (15 s, no event) on a loaded machine.
        var photoButton = _page.GetByRole(AriaRole.Button, new() { Name = "Stuur een foto" });
        var chooser = await _page.RunAndWaitForFileChooserAsync(() => photoButton.PressAsync("Enter"));
        await chooser.SetFilesAsync(new FilePayload { Name = "veldje.jpg", MimeType = "image/jpeg", Buffer = TestPhotos.JpegWithGps() });

        await Assertions.Expect(_page.Locator("#log li.bot").Last).ToContainTextAsync("Dank je voor je foto. Ik heb hem bij dit gesprek bewaard");
        var content = await _app.QueryAsync(db => db.PhotoContents.SingleAsync());
        Assert.DoesNotContain(TestPhotos.SegmentMarkers(content.Jpeg), m => m is >= 0xE1 and <= 0xEF);
    }

    [Fact]
    public async Task UseMyLocationAsksTheBrowserOnlyOnTheClickAndSendsThePoint()
    {
        await _page.GotoAsync("/");
        await Assertions.Expect(_page.Locator("#log li.bot").Last).ToContainTextAsync("Vind je dat goed?");
        Assert.Equal(0, await _page.EvaluateAsync<int>("window.__positionsAsked"));

        await _page.GetByRole(AriaRole.Button, new() { Name = "Gebruik mijn locatie" }).PressAsync("Enter");

        await Assertions.Expect(_page.Locator("#log li.me").Last).ToContainTextAsync("[locatie gedeeld]");
        Assert.Equal(1, await _page.EvaluateAsync<int>("window.__positionsAsked"));
        var point = await LastLocationAsync();
        Assert.Equal(52.2240, point.Latitude, 3);
        Assert.Equal(5.1760, point.Longitude, 3);
    }

    [Fact]
    public async Task APinPlacedWithTheArrowKeysIsSentAsAPointInTheGemeente()
    {
        await _page.GotoAsync("/");
        await Assertions.Expect(_page.Locator("#log li.bot").Last).ToContainTextAsync("Vind je dat goed?");

        await _page.GetByRole(AriaRole.Button, new() { Name = "Wijs de plek aan op de kaart" }).PressAsync("Enter");
        var map = _page.Locator("#pin-map");
        await Assertions.Expect(map).ToBeFocusedAsync();
        await Assertions.Expect(map.Locator("svg text", new() { HasText = "Centrum" })).ToBeVisibleAsync();
        await _page.Keyboard.PressAsync("ArrowUp");
        await _page.Keyboard.PressAsync("ArrowLeft");
        await Assertions.Expect(_page.Locator("#pin-where")).ToContainTextAsync("Gekozen plek: in de buurt van wijk");
        await _page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(_page.Locator("#log li.me").Last).ToContainTextAsync("[locatie gedeeld]");
        await Assertions.Expect(_page.Locator("#pin-panel")).ToBeHiddenAsync();
        var point = await LastLocationAsync();
        Assert.InRange(point.Latitude, 52.19, 52.27);
        Assert.InRange(point.Longitude, 5.12, 5.23);
    }

    [Fact]
    public async Task TheFileLocationAndPinControlsHaveNoWcagViolations()
    {
        await _page.GotoAsync("/");
        await Assertions.Expect(_page.Locator("#log li.bot").Last).ToContainTextAsync("Vind je dat goed?");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Wijs de plek aan op de kaart" }).ClickAsync();
        await Assertions.Expect(_page.Locator("#pin-map svg")).ToBeVisibleAsync();
        await Assertions.Expect(_page.GetByRole(AriaRole.Button, new() { Name = "Wijs de plek aan op de kaart" })).ToHaveAttributeAsync("aria-expanded", "true");

        var result = await _page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        Assert.True(result.Violations.Length == 0,
            string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
    }

    private async Task<GeoLocation> LastLocationAsync()
    {
        GeoLocation? point = null;
        await TelegramBotApp.EventuallyAsync(async () =>
        {
            var payloads = await _app.QueryAsync(db => db.Inbox.OrderBy(i => i.Id).Select(i => i.Payload).ToListAsync());
            point = payloads.Select(MessageJson.ReadInbound).LastOrDefault(m => m.Location is not null)?.Location;
            return point is not null;
        }, "a location in the inbox");
        return point!;
    }
}
