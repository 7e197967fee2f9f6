using BuurtBot.Dialogs.Domain;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BuurtBot.Tests.Initiatieven;

/// <summary>The Initiatieven list, the overview counts and wijk scoping, in Chromium against the real host.</summary>
public sealed class InitiatievenPageTests(AdminBrowserFixture fixture) : IClassFixture<AdminBrowserFixture>
{
    private IServiceProvider Services => fixture.App.Services;

    [Fact]
    public async Task ACoordinatorSeesOnlyHerWijkenAndFiltersByThema()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var carla = await AdminAccounts.CoordinatorAsync(Services, "Carla", "Centrum");
        var tuin = await TestInitiatieven.SeedAsync(Services, $"Tuin {tag}", "Centrum", thema: Thema.Groen, buurt: "Havenstraatbuurt");
        var jeugd = await TestInitiatieven.SeedAsync(Services, $"Jeugdhonk {tag}", "Centrum", thema: Thema.Jongeren);
        var oost = await TestInitiatieven.SeedAsync(Services, $"Oostpark {tag}", "Oost", thema: Thema.Groen);
        var page = await fixture.NewPageAsync(carla.Email);

        await page.GetByRole(AriaRole.Link, new() { Name = "Initiatieven", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator($"tr[data-initiatief-row='{tuin.Id}']")).ToContainTextAsync("Ingediend");
        await Assertions.Expect(page.Locator($"tr[data-initiatief-row='{jeugd.Id}']")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator($"tr[data-initiatief-row='{oost.Id}']").CountAsync());
        Assert.Equal(0, await page.GetByLabel("Wijk").Locator("option[value='Oost']").CountAsync());

        await page.GetByLabel("Thema").SelectOptionAsync("Groen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("thema=Groen"));
        await Assertions.Expect(page.Locator($"tr[data-initiatief-row='{tuin.Id}']")).ToContainTextAsync("Havenstraatbuurt");
        Assert.Equal(0, await page.Locator($"tr[data-initiatief-row='{jeugd.Id}']").CountAsync());

        await page.GetByLabel("Status").SelectOptionAsync("Afgerond");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Geen initiatieven gevonden.")).ToBeVisibleAsync();

        await page.GotoAsync("/admin/initiatieven?wijk=Centrum&status=Ingediend");
        await page.Locator($"tr[data-initiatief-row='{tuin.Id}']").GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync($"Tuin {tag}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheOverviewCountsInitiatievenPerWijkAndStatus()
    {
        // Hilversumse Meent is used by no other test in this class, so its counts are this test's alone.
        var bea = await AdminAccounts.BeheerderAsync(Services);
        await TestInitiatieven.SeedAsync(Services, "Meent 1", "Hilversumse Meent");
        await TestInitiatieven.SeedAsync(Services, "Meent 2", "Hilversumse Meent");
        await TestInitiatieven.SeedAsync(Services, "Meent 3", "Hilversumse Meent", shape: TestInitiatieven.InBehandeling);
        var page = await fixture.NewPageAsync(bea.Email);

        await page.GotoAsync("/admin/overzicht");

        var row = page.Locator("#initiatief-counts tr[data-wijk='Hilversumse Meent']");
        await Assertions.Expect(row.Locator("td[data-status=Ingediend]")).ToHaveTextAsync("2");
        await Assertions.Expect(row.Locator("td[data-status=InBehandeling]")).ToHaveTextAsync("1");
        await Assertions.Expect(row.Locator("td[data-status=Afgerond]")).ToHaveTextAsync("0");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ACoordinatorOfOostGets403ForACentrumInitiatiefAndItsActions()
    {
        var bram = await AdminAccounts.CoordinatorAsync(Services, "Bram", "Oost");
        var centrum = await TestInitiatieven.SeedAsync(Services, "Speelplek Havenstraat", "Centrum", shape: TestInitiatieven.WithDeal);
        var afspraak = centrum.Deal!.Afspraken[0].Id;
        var page = await fixture.NewPageAsync(bram.Email);
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");

        var opened = await page.GotoAsync($"/admin/initiatieven/{centrum.Id}");
        Assert.Equal(403, opened!.Status);
        foreach (var handler in new[] { "Move&to=Afgewezen", "Propose", "AddAfspraak", $"ChangeAfspraak&afspraakId={afspraak}", $"RemoveAfspraak&afspraakId={afspraak}", "Accept&version=1", "Handled&requestId=1" })
        {
            var form = page.APIRequest.CreateFormData();
            form.Set("__RequestVerificationToken", token!);
            form.Set("Reason", "Past niet");
            form.Set("Edit.Description", "Wij doen iets anders");
            var posted = await page.APIRequest.PostAsync($"/admin/initiatieven/{centrum.Id}?handler={handler}", new() { Form = form });
            Assert.Equal(403, posted.Status);
        }

        await using var scope = Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>().Initiatieven.SingleAsync(i => i.Id == centrum.Id);
        Assert.Equal(1, stored.Deal!.Version);
        Assert.Equal(centrum.Status, stored.Status);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task MarkupInAResidentTypedTitleAndDescriptionIsShownAsText()
    {
        const string title = "<img src=x onerror=alert(1)><b>vet</b>";
        const string description = "<script>alert(2)</script><a href=javascript:alert(3)>klik</a>";
        var bea = await AdminAccounts.BeheerderAsync(Services);
        var initiatief = await TestInitiatieven.SeedAsync(Services, title, "Zuid", description: description);
        var page = await fixture.NewPageAsync(bea.Email);
        var alerted = false;
        page.Dialog += (_, dialog) => { alerted = true; _ = dialog.DismissAsync(); };

        await page.GotoAsync("/admin/initiatieven?wijk=Zuid");
        await Assertions.Expect(page.Locator($"tr[data-initiatief-row='{initiatief.Id}']")).ToContainTextAsync(title);
        await page.GotoAsync($"/admin/initiatieven/{initiatief.Id}");

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(title);
        await Assertions.Expect(page.Locator("#details")).ToContainTextAsync(description);
        Assert.Equal(0, await page.Locator("main img, main script, main b, main a[href^=javascript]").CountAsync());
        Assert.False(alerted);
        await page.Context.CloseAsync();
    }
}
