using System.Text.Json;
using System.Text.RegularExpressions;
using BuurtBot.Tests.Testing;
using Microsoft.Playwright;

namespace BuurtBot.Tests.Admin.Accounts;

/// <summary>
/// Sign-in through a real OpenID provider (npm oidc-provider: discovery, code flow with PKCE, signed id
/// tokens, its own login page) started by the test, with the municipality's roles mapped to BuurtBot rights.
/// </summary>
public sealed class OpenIdConnectSignInTests : IAsyncLifetime
{
    private const string ClientId = "buurtbot-admin";
    private readonly BrowserFixture _browser = new();
    private NodeServer _provider = null!;
    private KestrelBuurtBotApp _app = null!;

    public async Task InitializeAsync()
    {
        var port = KestrelBuurtBotApp.FreePort();
        var secret = Guid.NewGuid().ToString("N");
        var roles = new Dictionary<string, string[]>
        {
            ["anna"] = ["buurtbot-wijk-zuid", "iets-anders"],
            ["bert"] = ["buurtbot-beheer"],
        };
        _provider = await NodeServer.StartAsync("oidc-test-provider.mjs", "listening ",
            $"http://127.0.0.1:{port}/admin/aanmelden/oidc", ClientId, secret, JsonSerializer.Serialize(roles));
        _app = new KestrelBuurtBotApp(port: port)
        {
            UseWelcomeBot = true,
            Settings =
            {
                ["Admin:SecureCookies"] = "false",
                ["Admin:OpenIdConnect:Authority"] = _provider.Ready,
                ["Admin:OpenIdConnect:ClientId"] = ClientId,
                // In production from the environment (Admin__OpenIdConnect__ClientSecret); here the test's own.
                ["Admin:OpenIdConnect:ClientSecret"] = secret,
                ["Admin:OpenIdConnect:RequireHttpsMetadata"] = "false",
                ["Admin:OpenIdConnect:Rights:buurtbot-wijk-zuid"] = "wijk:Zuid",
                ["Admin:OpenIdConnect:Rights:buurtbot-beheer"] = "beheerder",
            },
        };
        _ = _app.BaseAddress;
        Assertions.SetDefaultExpectTimeout(15_000);
        await _browser.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _app.DisposeAsync();
        await _provider.DisposeAsync();
    }

    [Fact]
    public async Task ACoordinatorSignsInThroughTheProviderAndSeesOnlyTheirWijken()
    {
        await TestInitiatieven.SeedAsync(_app.Services, "Bankjes Zuiderpark", "Zuid");
        var centrum = await TestInitiatieven.SeedAsync(_app.Services, "Geveltuin Kerkstraat", "Centrum");
        var page = await NewPageAsync();

        await SignInAtProviderAsync(page, "anna");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/gesprekken$"));
        await page.GotoAsync("/admin/initiatieven");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Bankjes Zuiderpark" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Geveltuin Kerkstraat");
        Assert.Equal(403, (await page.GotoAsync($"/admin/initiatieven/{centrum.Id}"))!.Status);
        Assert.Equal(403, (await page.GotoAsync("/admin/accounts"))!.Status);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AProviderRoleMakesABeheerderWithoutALocalCode()
    {
        var page = await NewPageAsync();

        await SignInAtProviderAsync(page, "bert");

        // MFA is the provider's business: no TOTP enrolment for an account without a local password.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/gesprekken$"));
        await page.GotoAsync("/admin/accounts");
        await Assertions.Expect(page.Locator("#accounts")).ToContainTextAsync("bert@gemeente.example");
        await Assertions.Expect(page.Locator("#accounts")).ToContainTextAsync("Gemeente-account");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ANewAccountWithoutRightsFromTheProviderHasNoneUntilABeheerderGivesThem()
    {
        var page = await NewPageAsync();
        await SignInAtProviderAsync(page, "cees");
        await Assertions.Expect(page.Locator("#external-error")).ToContainTextAsync("nog geen rechten");
        await page.GotoAsync("/admin/gesprekken");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/aanmelden"));
        await page.Context.CloseAsync();

        var bea = await AdminAccounts.BeheerderAsync(_app.Services);
        var beheerder = await NewPageAsync();
        await AdminBrowserFixture.SignInAsync(beheerder, bea.Email, AdminAccounts.Password);
        await beheerder.GotoAsync("/admin/accounts");
        await Assertions.Expect(beheerder.Locator("#accounts tr", new() { HasText = "cees@gemeente.example" })).ToContainTextAsync("Geen rechten");
        var rights = beheerder.Locator("#rights");
        await rights.GetByLabel("Account").SelectOptionAsync(new SelectOptionValue { Label = "cees@gemeente.example" });
        await rights.GetByLabel("Rol").SelectOptionAsync("buurtcoördinator");
        await rights.GetByLabel("Oost", new() { Exact = true }).CheckAsync();
        await rights.GetByRole(AriaRole.Button, new() { Name = "Rechten opslaan" }).ClickAsync();
        await Assertions.Expect(beheerder.Locator("#notice")).ToContainTextAsync("zijn veranderd");
        await beheerder.Context.CloseAsync();

        var again = await NewPageAsync();
        await SignInAtProviderAsync(again, "cees");
        await Assertions.Expect(again).ToHaveURLAsync(new Regex("/admin/gesprekken$"));
        await again.Context.CloseAsync();
    }

    private async Task<IPage> NewPageAsync()
    {
        var context = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _app.BaseAddress.ToString(), Locale = "nl-NL" });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>From BuurtBot's sign-in page through the provider's own login and consent pages.</summary>
    private async Task SignInAtProviderAsync(IPage page, string login)
    {
        await page.GotoAsync("/admin/aanmelden");
        await page.GetByRole(AriaRole.Link, new() { Name = "Aanmelden met je gemeente-account" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(_provider.Ready)));
        await page.Locator("input[name=login]").FillAsync(login);
        await page.Locator("input[name=password]").FillAsync("wachtwoord-bij-de-gemeente");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign-in" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("^" + Regex.Escape(_app.BaseAddress.ToString().TrimEnd('/')) + "/admin/"), new() { Timeout = 60_000 });
    }
}
