using Microsoft.Playwright;

namespace BuurtBot.Tests.Testing;

/// <summary>
/// One headless Chromium for a test class. On Debian CI it is the system's Chromium
/// (Playwright's own download cannot run there); set PLAYWRIGHT_CHROMIUM to override,
/// or leave /usr/bin/chromium absent to use Playwright's installed browser.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        var executable = Environment.GetEnvironmentVariable("PLAYWRIGHT_CHROMIUM")
            ?? (File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null);
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
