using BuurtBot.Admin.Audit;
using BuurtBot.Dialogs.Domain.Peilingen;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BuurtBot.Tests.Peilingen;

/// <summary>Starting a peiling on the admin page, in Chromium against the real host: validation, wijk rights, encoding, audit.</summary>
public sealed class PeilingAdminTests(AdminBrowserFixture fixture) : IClassFixture<AdminBrowserFixture>
{
    private IServiceProvider Services => fixture.App.Services;

    [Fact]
    public async Task ACoordinatorStartsAPeilingInHerWijkAfterFixingTheFormsErrors()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var carla = await AdminAccounts.CoordinatorAsync(Services, "Carla", "Centrum");
        var page = await fixture.NewPageAsync(carla.Email);

        await page.GetByRole(AriaRole.Link, new() { Name = "Peilingen", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe peiling" }).ClickAsync();
        Assert.Equal(0, await page.Locator("#wijk option[value='Oost']").CountAsync());

        // Nothing filled in but one answer: every problem is named, and nothing is stored.
        await page.GetByLabel("Antwoord 1").FillAsync("Ja");
        await page.GetByRole(AriaRole.Button, new() { Name = "Peiling starten" }).ClickAsync();
        await Assertions.Expect(page.Locator("#question-error")).ToHaveTextAsync("Vul een vraag in.");
        await Assertions.Expect(page.Locator("#options-error")).ToContainTextAsync("Geef 2 tot 6 antwoorden");
        await Assertions.Expect(page.Locator("#wijk-error")).ToHaveTextAsync("Kies een wijk.");
        await Assertions.Expect(page.Locator("#closes-error")).ToHaveTextAsync("Vul de sluitingstijd in.");

        var question = $"<b>Bankje</b> {tag}: waar moet het komen?";
        await page.GetByLabel("Vraag (maximaal 300 tekens)").FillAsync(question);
        await page.GetByLabel("Antwoord 2").FillAsync("Nee");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Bewoners van één buurt" }).CheckAsync();
        await page.Locator("#wijk").SelectOptionAsync("Centrum");
        await page.Locator("#buurt").SelectOptionAsync("Havenstraatbuurt");
        var closes = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow.AddDays(7), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"));
        await page.Locator("#closes").FillAsync(closes.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Peiling starten" }).ClickAsync();

        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("De peiling is gestart");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(question);
        await Assertions.Expect(page.Locator("#result")).ToContainTextAsync("Nee");
        await page.GotoAsync("/admin/peilingen");
        await Assertions.Expect(page.Locator("#peilingen")).ToContainTextAsync(question);
        await Assertions.Expect(page.Locator("#peilingen")).ToContainTextAsync("buurt Havenstraatbuurt (Centrum)");

        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        var stored = await db.Set<Peiling>().AsNoTracking().SingleAsync(p => p.Question == question);
        Assert.Equal(["Ja", "Nee"], stored.Options);
        Assert.Equal(("Centrum", "Havenstraatbuurt", carla.Id), (stored.Wijk, stored.Buurt, stored.CreatedBy));
        Assert.InRange((stored.ClosesUtc - DateTime.UtcNow.AddDays(7)).TotalMinutes, -2, 1);
        Assert.True(await db.AuditLog.AnyAsync(a => a.Action == AuditActions.PeilingCreated && a.ActorId == carla.Id && a.Detail!.Contains(stored.Id.ToString())));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ACoordinatorOfOostGets403ForACentrumPeilingAndCannotStartOneInCentrum()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var bram = await AdminAccounts.CoordinatorAsync(Services, "Bram", "Oost");
        var now = DateTime.UtcNow;
        var centrum = Peiling.Create(
            new PeilingDraft(PeilingKind.Keuze, $"Centrum {tag}?", ["Ja", "Nee"], PeilingTarget.Wijk, "Centrum", null, null, now, now.AddDays(2)), "someone", now);
        await using (var scope = Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
            db.Add(centrum);
            await db.SaveChangesAsync();
        }

        var page = await fixture.NewPageAsync(bram.Email);
        var opened = await page.GotoAsync($"/admin/peilingen/{centrum.Id}");
        Assert.Equal(403, opened!.Status);
        await page.GotoAsync("/admin/peilingen");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Peilingen");
        Assert.Equal(0, await page.GetByText($"Centrum {tag}?").CountAsync());

        // A hand-made post for Centrum is refused on the server, with the reason, and nothing is stored.
        await page.GotoAsync("/admin/peilingen/nieuw");
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
        var form = page.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", token!);
        form.Set("Kind", "Keuze");
        form.Set("Question", $"Stiekem {tag}?");
        form.Set("Options[0]", "Ja");
        form.Set("Options[1]", "Nee");
        form.Set("Target", "Wijk");
        form.Set("Wijk", "Centrum");
        form.Set("Closes", DateTime.Now.AddDays(3).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
        var posted = await page.APIRequest.PostAsync("/admin/peilingen/nieuw", new() { Form = form });
        Assert.Equal(200, posted.Status);
        Assert.Contains("Je kunt alleen een peiling starten in je eigen wijken", await posted.TextAsync(), StringComparison.Ordinal);

        // Without the antiforgery token the post is not even read.
        var forged = page.APIRequest.CreateFormData();
        forged.Set("Question", $"Stiekem {tag}?");
        Assert.Equal(400, (await page.APIRequest.PostAsync("/admin/peilingen/nieuw", new() { Form = forged })).Status);

        await using var check = Services.CreateAsyncScope();
        Assert.False(await check.ServiceProvider.GetRequiredService<BuurtBotDbContext>().Set<Peiling>().AnyAsync(p => p.Question == $"Stiekem {tag}?"));
        await page.Context.CloseAsync();
    }
}
