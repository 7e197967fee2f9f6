using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Domain.Wijkagenda;
using BuurtBot.Dialogs.Domain.Wijkjaren;
using BuurtBot.Tests.Testing;
using BuurtBot.Wijkjaar;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BuurtBot.Tests.Wijkjaar;

/// <summary>The wijkjaar's admin pages and the wijk's public page in Chromium: no WCAG A/AA violations found by axe, and the printed page without the menu.</summary>
public sealed class WijkjaarAccessibilityTests(AdminBrowserFixture fixture) : IClassFixture<AdminBrowserFixture>
{
    private IServiceProvider Services => fixture.App.Services;

    [Fact]
    public async Task TheWijkjaarPagesHaveNoWcagViolationsAndTheWijkPagePrintsWithoutTheMenu()
    {
        var carla = await AdminAccounts.CoordinatorAsync(Services, "Carla", "Zuidoost");
        var initiatief = await TestInitiatieven.SeedAsync(Services, "Kunst in de wijk", "Zuidoost", shape: (i, now) =>
        {
            TestInitiatieven.InBehandeling(i, now);
            i.PublishApproved(ShareCodes.New(), now.AddSeconds(1));
        });
        var year = BuurtBot.Scheduling.AmsterdamTime.DateOf(DateTimeOffset.UtcNow).Year;
        await using (var scope = Services.CreateAsyncScope())
        {
            var agendas = scope.ServiceProvider.GetRequiredService<WijkagendaDocuments>();
            Assert.Empty(await agendas.SaveAsync("Zuidoost", year, [new Doelstelling(Thema.Ontmoeting, "Een huis van de buurt.")], carla, CancellationToken.None));
            Assert.Null(await agendas.ApproveAsync("Zuidoost", year, carla, CancellationToken.None));
            Assert.Null(await agendas.PublishAsync("Zuidoost", year, carla, CancellationToken.None));
            var plannen = scope.ServiceProvider.GetRequiredService<Buurtactiviteitenplannen>();
            Assert.Null(await plannen.ComposeAsync("Zuidoost", year, [new PlanRegel(initiatief.Id, Thema.Ontmoeting)], carla, CancellationToken.None));
            Assert.Null(await plannen.PublishAsync("Zuidoost", year, carla, CancellationToken.None));
            await scope.ServiceProvider.GetRequiredService<BuurtBot.Dialogs.Conversations.Wijkgesprek.IWijkgesprekStore>().SaveAsync(
                new("axe-resident", "Zuidoost", [new(WijkgesprekVraag.Goed, Thema.Groen, "Veel bomen."), new(WijkgesprekVraag.Anders, null, "Meer bankjes.")]), CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<BuurtBot.Storage.BuurtBotDbContext>().SaveChangesAsync();
        }

        var page = await fixture.NewPageAsync(carla.Email);
        foreach (var path in new[] { "/admin/wijkjaar", "/admin/wijkjaar/Zuidoost", "/admin/wijkjaar/Zuidoost/wijkgesprek", "/wijken/Zuidoost" })
        {
            await page.GotoAsync(path);
            await AssertNoViolationsAsync(page, path);
        }

        await Assertions.Expect(page.Locator("header.top")).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator("header.top")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Kunst in de wijk" })).ToBeVisibleAsync();
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
