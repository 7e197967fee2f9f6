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
        var form = beheerder.Locator("#new-account");
        await form.GetByLabel("E-mailadres").FillAsync(email);
        await form.GetByLabel("Voornaam").FillAsync("Carla");
        await form.GetByLabel("Zuidoost").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Account maken" }).ClickAsync();
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
    public async Task ABeheerderWithALocalAccountNeedsTotp()
    {
        var bea = await AdminAccounts.BeheerderAsync(Services);
        var beheerder = await fixture.NewPageAsync(bea.Email);
        await beheerder.GotoAsync("/admin/accounts");
        var email = $"bram-{Guid.NewGuid():N}@hilversum.example";
        var form = beheerder.Locator("#new-account");
        await form.GetByLabel("E-mailadres").FillAsync(email);
        await form.GetByLabel("Voornaam").FillAsync("Bram");
        await form.GetByLabel("Rol").SelectOptionAsync("beheerder");
        await form.GetByRole(AriaRole.Button, new() { Name = "Account maken" }).ClickAsync();
        var oneTime = (await beheerder.Locator("#one-time-password").TextContentAsync())!;
        await beheerder.Context.CloseAsync();

        // First sign-in: a new password, then the authenticator app before any other page opens.
        var bram = await fixture.NewPageAsync();
        await AdminBrowserFixture.SignInAsync(bram, email, oneTime);
        await bram.GetByLabel("Huidig wachtwoord").FillAsync(oneTime);
        await bram.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync("Bram-Eigen-Wachtwoord-1");
        await bram.GetByLabel("Nieuw wachtwoord nog een keer").FillAsync("Bram-Eigen-Wachtwoord-1");
        await bram.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord opslaan" }).ClickAsync();
        await Assertions.Expect(bram).ToHaveURLAsync(new Regex("/admin/tweestaps$"));
        await bram.GotoAsync("/admin/accounts");
        await Assertions.Expect(bram).ToHaveURLAsync(new Regex("/admin/tweestaps$"));
        await Assertions.Expect(bram.Locator("figure.qr svg")).ToBeVisibleAsync();
        AdminAccounts.RememberKey(email, (await bram.Locator("#totp-key").TextContentAsync())!);
        await bram.GetByLabel("Code uit je app").FillAsync("000000");
        await bram.GetByRole(AriaRole.Button, new() { Name = "Tweestapsverificatie aanzetten" }).ClickAsync();
        await Assertions.Expect(bram.GetByRole(AriaRole.Alert)).ToContainTextAsync("Deze code klopt niet");
        await bram.GetByLabel("Code uit je app").FillAsync(AdminAccounts.NextCode(email));
        await bram.GetByRole(AriaRole.Button, new() { Name = "Tweestapsverificatie aanzetten" }).ClickAsync();
        var recovery = await bram.Locator("#recovery-codes li").AllTextContentsAsync();
        Assert.Equal(10, recovery.Count);
        await bram.GotoAsync("/admin/accounts");
        await Assertions.Expect(bram.GetByRole(AriaRole.Heading, new() { Name = "Accounts", Exact = true })).ToBeVisibleAsync();
        await bram.Context.CloseAsync();

        // Next time the password alone is not enough: a wrong code is refused, the app's code or a recovery code lets in.
        var again = await fixture.NewPageAsync();
        await again.GotoAsync("/admin/aanmelden");
        await again.GetByLabel("E-mailadres").FillAsync(email);
        await again.GetByLabel("Wachtwoord").FillAsync("Bram-Eigen-Wachtwoord-1");
        await again.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }).ClickAsync();
        await Assertions.Expect(again).ToHaveURLAsync(new Regex("/admin/aanmelden/code"));
        await again.GotoAsync("/admin/gesprekken");
        await Assertions.Expect(again).ToHaveURLAsync(new Regex("/admin/aanmelden"));
        await again.GotoAsync("/admin/aanmelden/code");
        await again.GetByLabel("Code uit je app").FillAsync("123456");
        await again.GetByRole(AriaRole.Button, new() { Name = "Verder" }).ClickAsync();
        await Assertions.Expect(again.GetByRole(AriaRole.Alert)).ToContainTextAsync("Deze code klopt niet");
        await again.GetByLabel("Of een herstelcode").FillAsync(recovery[0]);
        await again.GetByRole(AriaRole.Button, new() { Name = "Verder" }).ClickAsync();
        await Assertions.Expect(again).ToHaveURLAsync(new Regex("/admin/gesprekken$"));
        await again.Context.CloseAsync();
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
