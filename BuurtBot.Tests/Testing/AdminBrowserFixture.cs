using Microsoft.Playwright;

namespace BuurtBot.Tests.Testing;

/// <summary>One real host on loopback and one Chromium, shared by an admin test class; each test makes its own accounts and contexts.</summary>
public sealed class AdminBrowserFixture : IAsyncLifetime
{
    private readonly BrowserFixture _browser = new();

    public KestrelBuurtBotApp App { get; } = new() { UseWelcomeBot = true };

    public IBrowser Browser => _browser.Browser;

    public Uri BaseAddress => App.BaseAddress;

    public HttpClient NewHttpClient() => new() { BaseAddress = BaseAddress };

    public async Task InitializeAsync()
    {
        // Loopback is plain http; in production the cookies are Secure behind the TLS proxy.
        App.Settings["Admin:SecureCookies"] = "false";
        // Expectations poll until this deadline; 5 s (Playwright's default) is tight on 2 busy cores.
        Assertions.SetDefaultExpectTimeout(15_000);
        await _browser.InitializeAsync();
        _ = App.BaseAddress;
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await App.DisposeAsync();
    }

    /// <summary>A fresh browser context (its own cookies), a page in it, signed in when an e-mail is given.</summary>
    public async Task<IPage> NewPageAsync(string? email = null, string password = AdminAccounts.Password)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), Locale = "nl-NL" });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        if (email is not null)
        {
            await SignInAsync(page, email, password);
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/gesprekken$"));
        }

        return page;
    }

    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/admin/aanmelden");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }).ClickAsync();
        if (AdminAccounts.HasTotp(email) && password == AdminAccounts.Password)
        {
            // A beheerder's second step: the code their app shows.
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/aanmelden/code"));
            await page.GetByLabel("Code uit je app").FillAsync(AdminAccounts.NextCode(email));
            await page.GetByRole(AriaRole.Button, new() { Name = "Verder" }).ClickAsync();
        }
    }
}
