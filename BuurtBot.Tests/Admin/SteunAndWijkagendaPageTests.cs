using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Domain.Wijkagenda;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BuurtBot.Tests.Admin;

/// <summary>The share links on an initiatief's page, and the Wijkagenda page with its sentences for the wijk's own coordinators.</summary>
public sealed class SteunAndWijkagendaPageTests(AdminBrowserFixture fixture) : IClassFixture<AdminBrowserFixture>
{
    private IServiceProvider Services => fixture.App.Services;

    [Fact]
    public async Task APublishedInitiatiefShowsItsShareLinksAndAWorkingQrCode()
    {
        var dora = await AdminAccounts.CoordinatorAsync(Services, "Dora", "Centrum");
        var code = ShareCodes.New();
        var published = await TestInitiatieven.SeedAsync(Services, "Boomspiegels Havenstraat", "Centrum", shape: (i, now) => i.PublishApproved(code, now));
        var unpublished = await TestInitiatieven.SeedAsync(Services, "Nog geheim plan", "Centrum");
        var page = await fixture.NewPageAsync(dora.Email);

        await page.GotoAsync($"/admin/initiatieven/{published.Id}");
        await Assertions.Expect(page.Locator("#steun-links")).ToContainTextAsync($"/?steun={code}");
        await Assertions.Expect(page.Locator("#steun-count")).ToContainTextAsync("0 bewoners");
        var qr = page.Locator("#steun-qr");
        await Assertions.Expect(qr).ToHaveAttributeAsync("src", $"/steun/{code}/qr.svg");
        await page.WaitForFunctionAsync("() => { const img = document.getElementById('steun-qr'); return img.complete && img.naturalWidth > 0; }");

        await page.GotoAsync($"/admin/initiatieven/{unpublished.Id}");
        await Assertions.Expect(page.Locator("#steun-private")).ToContainTextAsync("niet openbaar gemaakt");
        await Assertions.Expect(page.Locator("#steun-links")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheWijkagendaShowsCountsToAllAndSentencesOnlyToTheWijksCoordinatorsEncoded()
    {
        var year = BuurtBot.Scheduling.AmsterdamTime.ToLocal(DateTimeOffset.UtcNow).Year;
        await using (var scope = Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
            db.Set<WijkagendaInput>().AddRange(
                Input("Hilversumse Meent", year, [Thema.Jongeren, Thema.Groen], "<script>alert('meent')</script> Meer voor jongeren."),
                Input("Hilversumse Meent", year, [Thema.Jongeren], "Een hangplek."),
                Input("Noordwest", year, [Thema.Ontmoeting], "Geheime zin uit Noordwest."));
            await db.SaveChangesAsync();
        }

        var meent = await AdminAccounts.CoordinatorAsync(Services, "Mies", "Hilversumse Meent");
        var page = await fixture.NewPageAsync(meent.Email);
        await page.GotoAsync("/admin/wijkagenda");
        var section = page.Locator("section.wijkagenda", new() { HasText = "Hilversumse Meent" });
        await Assertions.Expect(section.Locator("tbody tr").First).ToContainTextAsync("Jongeren");
        await Assertions.Expect(section.Locator("tbody tr").First).ToContainTextAsync("2");
        await Assertions.Expect(section.Locator(".sentences li").First).ToHaveTextAsync("<script>alert('meent')</script> Meer voor jongeren.");
        Assert.Equal(0, await page.Locator(".sentences script").CountAsync());
        await Assertions.Expect(page.Locator("section.wijkagenda", new() { HasText = "Noordwest" })).ToContainTextAsync("Ontmoeting");
        await Assertions.Expect(page.GetByText("Geheime zin uit Noordwest.")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();

        var beheerder = await AdminAccounts.BeheerderAsync(Services, "Bert");
        page = await fixture.NewPageAsync(beheerder.Email);
        await page.GotoAsync("/admin/wijkagenda");
        await Assertions.Expect(page.Locator("section.wijkagenda", new() { HasText = "Hilversumse Meent" })).ToContainTextAsync("Jongeren");
        await Assertions.Expect(page.Locator(".sentences")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    private static WijkagendaInput Input(string wijk, int year, Thema[] themas, string sentence) =>
        WijkagendaInput.Answer(Guid.NewGuid().ToString("D"), wijk, year, themas, sentence, DateTime.UtcNow);
}
