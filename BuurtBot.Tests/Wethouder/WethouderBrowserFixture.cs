using BuurtBot.Tests.Testing;
using Microsoft.Playwright;

namespace BuurtBot.Tests.Wethouder;

/// <summary>One host on loopback with the buurtbegroting on, and one Chromium, for the wethouder's and the budget's tests.</summary>
public sealed class WethouderBrowserFixture : IAsyncLifetime
{
    private readonly BrowserFixture _browser = new();

    public KestrelBuurtBotApp App { get; } = new() { UseWelcomeBot = true };

    public IServiceProvider Services => App.Services;

    public async Task InitializeAsync()
    {
        App.Settings["Admin:SecureCookies"] = "false";
        App.Settings["Buurtbegroting:Enabled"] = "true";
        Assertions.SetDefaultExpectTimeout(15_000);
        await _browser.InitializeAsync();
        _ = App.BaseAddress;
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await App.DisposeAsync();
    }

    public AdminHttpSession NewSession() => new(App.BaseAddress);

    /// <summary>A fresh browser context signed in as <paramref name="email"/>; it lands wherever the account's role lands.</summary>
    public async Task<IPage> SignedInPageAsync(string email)
    {
        var context = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.BaseAddress.ToString(), Locale = "nl-NL" });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await AdminBrowserFixture.SignInAsync(page, email, AdminAccounts.Password);
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/aanmelden"));
        return page;
    }
}
