using BuurtBot.Tests.Testing;
using Microsoft.Playwright;

namespace BuurtBot.Tests.Public;

/// <summary>The real host on loopback with <see cref="PublicSeed"/>, and one Chromium, for the public pages' browser tests.</summary>
public sealed class PublicBrowserFixture : IAsyncLifetime
{
    private readonly BrowserFixture _browser = new();

    public KestrelBuurtBotApp App { get; } = new() { UseWelcomeBot = true };

    public PublicSeed Seed { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App.Settings["Admin:SecureCookies"] = "false";
        Assertions.SetDefaultExpectTimeout(15_000);
        await _browser.InitializeAsync();
        _ = App.BaseAddress;
        Seed = await PublicSeed.CreateAsync(App.Services);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await App.DisposeAsync();
    }

    /// <summary>
    /// A fresh context whose requests to the tile server fail, as when it is down or blocked.
    /// <see cref="BlockedTiles"/> counts them, to show the map did try.
    /// </summary>
    public async Task<IPage> NewPageAsync(bool javaScript = true, string locale = "nl-NL")
    {
        var context = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseAddress.ToString(), Locale = locale, JavaScriptEnabled = javaScript,
        });
        context.SetDefaultTimeout(15_000);
        await context.RouteAsync("https://tile.openstreetmap.org/**", async route =>
        {
            Interlocked.Increment(ref _blockedTiles);
            await route.AbortAsync();
        });
        return await context.NewPageAsync();
    }

    private int _blockedTiles;

    public int BlockedTiles => Volatile.Read(ref _blockedTiles);
}
