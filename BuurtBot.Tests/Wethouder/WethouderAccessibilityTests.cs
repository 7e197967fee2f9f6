using BuurtBot.Admin.Accounts;
using BuurtBot.Buurtbegroting;
using BuurtBot.Tests.Testing;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BuurtBot.Tests.Wethouder;

/// <summary>
/// The new pages in Chromium with axe (WCAG 2.1 A/AA): the coordinator marks an initiatief on its page, the
/// wethouder lands on their wijken and reads the mark, the beheerder sets a budget.
/// </summary>
public sealed class WethouderAccessibilityTests(WethouderBrowserFixture fixture) : IClassFixture<WethouderBrowserFixture>
{
    private IServiceProvider Services => fixture.Services;

    [Fact]
    public async Task TheWethouderAndBudgetPagesHaveNoWcagViolationsAndTheMarkReachesTheWethouder()
    {
        var coordinator = await AdminAccounts.CoordinatorAsync(Services, "Carla", "Noordwest");
        var wethouder = await AdminAccounts.CreateAsync(Services, "Wendy", AdminRoles.Wijkwethouder, "Noordwest");
        var beheerder = await AdminAccounts.BeheerderAsync(Services, "Bas");
        var initiatief = await TestInitiatieven.SeedAsync(Services, "Speeltuin", "Noordwest", shape: TestInitiatieven.InBehandeling);
        await using (var scope = Services.CreateAsyncScope())
        {
            var begrotingen = scope.ServiceProvider.GetRequiredService<Buurtbegrotingen>();
            await begrotingen.SetAsync("Noordwest", begrotingen.ThisYear, 5_000_00, beheerder, CancellationToken.None);
        }

        var wijkteam = await fixture.SignedInPageAsync(coordinator.Email);
        await wijkteam.GotoAsync($"/admin/initiatieven/{initiatief.Id}");
        await wijkteam.GetByLabel("Notitie voor de wijkwethouder", new() { Exact = false }).FillAsync("Past dit bij de wijkagenda?");
        await wijkteam.GetByRole(AriaRole.Button, new() { Name = "Zet ter bespreking" }).ClickAsync();
        await Assertions.Expect(wijkteam.Locator("#wethouder-note")).ToHaveTextAsync("Past dit bij de wijkagenda?");
        await AssertNoViolationsAsync(wijkteam, "initiatief met bespreking");
        await wijkteam.Context.CloseAsync();

        var page = await fixture.SignedInPageAsync(wethouder.Email);
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/wethouder$"));
        await AssertNoViolationsAsync(page, "/admin/wethouder");
        await page.GetByRole(AriaRole.Link, new() { Name = "Noordwest" }).ClickAsync();
        await Assertions.Expect(page.Locator("#ter-bespreking")).ToContainTextAsync("Past dit bij de wijkagenda?");
        await Assertions.Expect(page.Locator("#begroting-budget")).ToContainTextAsync("5.000,00");
        await AssertNoViolationsAsync(page, "/admin/wethouder/Noordwest");
        await page.Context.CloseAsync();

        var beheer = await fixture.SignedInPageAsync(beheerder.Email);
        await beheer.GotoAsync("/admin/buurtbegroting");
        await beheer.GetByLabel("Bedrag voor Oost (euro)").FillAsync("12500,50");
        await beheer.Locator("tr[data-wijk='Oost']").GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(beheer.Locator("#notice")).ToContainTextAsync("12.500,50");
        await AssertNoViolationsAsync(beheer, "/admin/buurtbegroting");
        await beheer.GotoAsync("/wijken/Noordwest");
        await Assertions.Expect(beheer.Locator("#buurtbegroting")).ToContainTextAsync("5.000,00");
        await AssertNoViolationsAsync(beheer, "/wijken/Noordwest");
        await beheer.Context.CloseAsync();
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
