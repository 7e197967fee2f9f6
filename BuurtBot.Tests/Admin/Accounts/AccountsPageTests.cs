using System.Text.RegularExpressions;
using BuurtBot.Tests.Testing;
using Microsoft.Playwright;

namespace BuurtBot.Tests.Admin.Accounts;

public sealed class AccountsPageTests(AdminBrowserFixture fixture) : IClassFixture<AdminBrowserFixture>
{
    private IServiceProvider Services => fixture.App.Services;

    [Fact]
    public async Task ABeheerderCreatesACoordinatorWhoMustChangeTheOneTimePasswordAtFirstSignIn()
    {
        var bea = await AdminAccounts.BeheerderAsync(Services);
        var beheerder = await fixture.NewPageAsync(bea.Email);
        await beheerder.GotoAsync("/admin/accounts");
        var email = $"carla-{Guid.NewGuid():N}@hilversum.example";
        await beheerder.GetByLabel("E-mailadres").FillAsync(email);
        await beheerder.GetByLabel("Voornaam").FillAsync("Carla");
        await beheerder.GetByLabel("Zuidoost").CheckAsync();
        await beheerder.GetByRole(AriaRole.Button, new() { Name = "Account maken" }).ClickAsync();
        var oneTime = (await beheerder.Locator("#one-time-password").TextContentAsync())!;
        await Assertions.Expect(beheerder.Locator("#accounts")).ToContainTextAsync(email);

        var carla = await fixture.NewPageAsync();
        await AdminBrowserFixture.SignInAsync(carla, email, oneTime);
        await Assertions.Expect(carla).ToHaveURLAsync(new Regex("/admin/wachtwoord$"));
        await carla.GotoAsync("/admin/gesprekken");
        await Assertions.Expect(carla).ToHaveURLAsync(new Regex("/admin/wachtwoord$"));

        await carla.GetByLabel("Huidig wachtwoord").FillAsync(oneTime);
        await carla.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync("Carla-Eigen-Wachtwoord-1");
        await carla.GetByLabel("Nieuw wachtwoord nog een keer").FillAsync("Carla-Eigen-Wachtwoord-1");
        await carla.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord opslaan" }).ClickAsync();
        await Assertions.Expect(carla).ToHaveURLAsync(new Regex("/admin/gesprekken$"));
        await Assertions.Expect(carla.GetByRole(AriaRole.Heading, new() { Name = "Gesprekken", Exact = true })).ToBeVisibleAsync();
        await beheerder.Context.CloseAsync();
        await carla.Context.CloseAsync();
    }

    [Fact]
    public async Task RepeatedFailedSignInsLockTheAccount()
    {
        var dirk = await AdminAccounts.CoordinatorAsync(Services, "Dirk", "Oost");
        var page = await fixture.NewPageAsync();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await AdminBrowserFixture.SignInAsync(page, dirk.Email, "fout-wachtwoord-" + attempt);
        }

        await AdminBrowserFixture.SignInAsync(page, dirk.Email, AdminAccounts.Password);

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("tijdelijk geblokkeerd");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/aanmelden"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ACoordinatorCannotOpenTheBeheerderPages()
    {
        var eva = await AdminAccounts.CoordinatorAsync(Services, "Eva", "Zuid");
        var page = await fixture.NewPageAsync(eva.Email);

        foreach (var path in new[] { "/admin/accounts", "/admin/antwoorden", "/admin/audit" })
        {
            Assert.Equal(403, (await page.GotoAsync(path))!.Status);
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignedOutVisitorsAreSentToTheSignInPage()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/admin/gesprekken");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/aanmelden"));
        await page.Context.CloseAsync();
    }
}
