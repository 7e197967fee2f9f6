using System.Net;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Domain.Monitoring;
using BuurtBot.Dialogs.Domain.Wijkjaren;
using BuurtBot.Scheduling;
using BuurtBot.Tests.Testing;
using BuurtBot.Wijkjaar;

namespace BuurtBot.Tests.Wijkjaar;

/// <summary>A wijk goes through its whole year on the clock, as the programme's "jaarlijkse cyclus" describes it, seen by the resident, the coordinator and the public.</summary>
public sealed class WijkjaarYearTests
{
    [Fact]
    public async Task CentrumRunsItsYearFromWijkanalyseToMonitoringAndItsPublicPageShowsAgendaPlanAndProgress()
    {
        await using var year = new WijkjaarApp(AmsterdamTime.At(new DateOnly(2027, 1, 1), TimeSpan.FromHours(9.5)));
        var carla = await AdminAccounts.CoordinatorAsync(year.Services, "Carla", "Centrum");
        var resident = await year.ResidentAsync("Centrum", mayBeAsked: true);
        // Carla signs in on the day she works: a session does not last from one phase to the next.
        var browser = new AdminHttpSession(year.App.BaseAddress);
        async Task SignInAsync()
        {
            browser.Dispose();
            browser = new AdminHttpSession(year.App.BaseAddress);
            await browser.SignInAsync(carla.Email, AdminAccounts.Password);
        }

        using var anonymous = new HttpClient { BaseAddress = year.App.BaseAddress };

        // January: the wijkanalyse opens.
        await OpenAsync(year, WijkjaarFase.Wijkanalyse);
        Assert.Contains(await year.BubblesAsync(resident), b => b.Contains("Wat gaat goed in je wijk?", StringComparison.Ordinal));

        // March: the wijkagenda opens; the resident is asked, the wijkteam writes, approves and publishes the agenda.
        year.MoveTo(2027, 3, 1, 10);
        await OpenAsync(year, WijkjaarFase.Wijkagenda);
        await SignInAsync();
        Assert.Contains(await year.BubblesAsync(resident), b => b.Contains("wat vind jij belangrijk in je buurt?", StringComparison.Ordinal));
        await browser.PostFormAsync("/admin/wijkjaar/Centrum", new()
        {
            ["Doel[Groen]"] = "Twee nieuwe geveltuin-straten in 2027.",
            ["Doel[Jongeren]"] = "Een plek voor jongeren bij het station.",
        }, "Save");
        await browser.PostFormAsync("/admin/wijkjaar/Centrum", [], "Approve");
        await browser.PostFormAsync("/admin/wijkjaar/Centrum", [], "Publish");
        Assert.Contains("Twee nieuwe geveltuin-straten in 2027.", await anonymous.GetStringAsync("/wijken/Centrum"), StringComparison.Ordinal);

        // The wijk's initiatieven: one published with reviewed texts and a closed deal, one its initiatiefnemer
        // kept private, one published whose texts no coordinator reviewed yet.
        var march = year.Clock.GetUtcNow().UtcDateTime.AddMinutes(-30);
        var geveltuinen = await TestInitiatieven.SeedAsync(year.Services, "Geveltuinen Kerkstraat", "Centrum", at: march, shape: (i, now) =>
        {
            ClosedDeal(i, now);
            i.PublishApproved(ShareCodes.New(), now.AddSeconds(5));
        });
        var prive = await TestInitiatieven.SeedAsync(year.Services, "Hangplek van Piet de Vries", "Centrum", thema: Thema.Jongeren, at: march, shape: TestInitiatieven.InBehandeling);
        var unreviewed = await TestInitiatieven.SeedAsync(year.Services, "Tuin bij Jan Jansen op nummer 4", "Centrum", at: march, shape: (i, now) =>
        {
            TestInitiatieven.InBehandeling(i, now);
            i.Publish(ShareCodes.New(), now.AddSeconds(1));
        });
        var elsewhere = await TestInitiatieven.SeedAsync(year.Services, "Bankje in Oost", "Oost");

        // May: the buurtactiviteitenplan opens and the wijkteam composes it from the wijk's initiatieven, per agenda theme.
        year.MoveTo(2027, 5, 3, 10);
        await OpenAsync(year, WijkjaarFase.Buurtactiviteitenplan);
        await SignInAsync();
        Assert.Contains(await year.BubblesAsync(resident), b => b.Contains("Centrum maakt nu het buurtactiviteitenplan", StringComparison.Ordinal));
        var form = await HtmlAsync(browser, "/admin/wijkjaar/Centrum");
        Assert.Contains("Geveltuinen Kerkstraat", form, StringComparison.Ordinal);
        Assert.DoesNotContain("Bankje in Oost", form, StringComparison.Ordinal);

        // A theme that is not on the agenda, or an initiatief of another wijk, is refused.
        var wrong = await browser.PostFormAsync("/admin/wijkjaar/Centrum", new() { [$"PlanThema[{elsewhere.Id:D}]"] = "Groen" }, "ComposePlan");
        Assert.Contains("hoort niet bij deze wijk", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var offAgenda = await browser.PostFormAsync("/admin/wijkjaar/Centrum", new() { [$"PlanThema[{geveltuinen.Id:D}]"] = "Ontmoeting" }, "ComposePlan");
        Assert.Contains("Kies voor elk initiatief een thema van de wijkagenda.", WebUtility.HtmlDecode(await offAgenda.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync("/admin/wijkjaar/Centrum", new()
        {
            [$"PlanThema[{geveltuinen.Id:D}]"] = "Groen",
            [$"PlanThema[{prive.Id:D}]"] = "Jongeren",
            [$"PlanThema[{unreviewed.Id:D}]"] = "Groen",
        }, "ComposePlan")).StatusCode);
        Assert.Contains("Het buurtactiviteitenplan van Centrum is nog niet gepubliceerd.", await anonymous.GetStringAsync("/wijken/Centrum"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync("/admin/wijkjaar/Centrum", [], "PublishPlan")).StatusCode);

        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/wijken/Centrum"));
        Assert.Contains("Buurtactiviteitenplan 2027", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/kaart/{geveltuinen.Id}\">Geveltuinen Kerkstraat</a>", page, StringComparison.Ordinal);
        Assert.Contains("1 van 3 initiatieven hebben een buurtdeal", page.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.Contains("0 van 2", page, StringComparison.Ordinal);
        Assert.Contains("Initiatief over groen in Centrum", page, StringComparison.Ordinal);
        Assert.Contains("En 1 initiatief dat (nog) niet openbaar is.", page, StringComparison.Ordinal);
        Assert.Contains("Doel: <span class=\"tekst\">Een plek voor jongeren bij het station.</span>", page, StringComparison.Ordinal);
        foreach (var secret in new[] { "Piet de Vries", "Jan Jansen", "Bankje in Oost" })
        {
            Assert.DoesNotContain(secret, page, StringComparison.Ordinal);
        }

        var csv = await anonymous.GetStringAsync("/open-data/buurtactiviteitenplannen.csv");
        Assert.Contains($"Centrum,2027,Groen,Twee nieuwe geveltuin-straten in 2027.,{geveltuinen.Id:D},Geveltuinen Kerkstraat,DealGesloten,true,0,2", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Piet", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Jansen", csv, StringComparison.Ordinal);

        // During the year the plan shows progress: an afspraak done is counted on the public page.
        await year.WithDbAsync(async db =>
        {
            var initiatief = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Initiatieven, i => i.Id == geveltuinen.Id);
            initiatief.StartUitvoering(Actor.Coordinator("seed"), year.Clock.GetUtcNow().UtcDateTime);
            initiatief.UpdateAfspraakProgress(initiatief.Deal!.Afspraken[0].Id, AfspraakStatus.Gedaan, year.Clock.GetUtcNow().UtcDateTime);
            return await db.SaveChangesAsync();
        });
        var later = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/wijken/Centrum"));
        Assert.Contains("1 van 2", later, StringComparison.Ordinal);
        Assert.Contains("In uitvoering", later, StringComparison.Ordinal);
        // The year-end report is for after the year's work: not public yet.
        Assert.DoesNotContain("Wat is er bereikt", later, StringComparison.Ordinal);
        Assert.Contains("Stand van het jaar 2027", await HtmlAsync(browser, "/admin/wijkjaar/Centrum"), StringComparison.Ordinal);

        // October: the monitoring opens; the wijk's page and the admin page say where the wijk stands.
        year.MoveTo(2027, 10, 1, 10);
        await OpenAsync(year, WijkjaarFase.Monitoring);
        await SignInAsync();
        Assert.Contains(await year.BubblesAsync(resident), b => b.Contains("Het jaar is bijna om.", StringComparison.Ordinal));
        Assert.Contains("nu in de fase monitoring", await anonymous.GetStringAsync("/wijken/Centrum"), StringComparison.Ordinal);
        Assert.Contains("<span id=\"huidig\">Monitoring</span>", await HtmlAsync(browser, "/admin/wijkjaar/Centrum"), StringComparison.Ordinal);
        Assert.Equal(4, (await year.MailsAsync()).Count(m => m.To == carla.Email));

        // Monitoring closes the loop: each doelstelling shows what happened. The initiatiefnemer of the geveltuinen
        // evaluated it (4 of 5); one evaluation is one resident's score, so the public page gives no average for it.
        await year.WithDbAsync(async db =>
        {
            db.Add(InitiatiefEvaluatie.Submit(geveltuinen.Id, 4, "Veel buren hielpen.", "Eerder beginnen.", wouldDoAgain: true, "resident-geveltuin", year.Clock.GetUtcNow().UtcDateTime));
            return await db.SaveChangesAsync();
        });
        var report = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/wijken/Centrum"));
        Assert.Contains("Wat is er bereikt in 2027?", report, StringComparison.Ordinal);
        Assert.Contains("1 van 3 initiatieven kregen een buurtdeal; 1 van 2 afspraken zijn gedaan.", report, StringComparison.Ordinal);
        Assert.Matches(@"Groen: Twee nieuwe geveltuin-straten in 2027\.</th>\s*<td>2</td>\s*<td>1</td>\s*<td>1 van 2</td>\s*<td>minder dan 5 evaluaties</td>", report);
        Assert.Matches(@"Jongeren: Een plek voor jongeren bij het station\.</th>\s*<td>1</td>\s*<td>0</td>\s*<td>0 van 0</td>\s*<td>nog geen evaluaties</td>", report);
        Assert.DoesNotContain("Veel buren hielpen", report, StringComparison.Ordinal);
        // Wijken in cijfers: the two published initiatieven of 2027 (the private one is not counted), the deal,
        // the afspraken, no check-in or peiling yet, and no public average from one evaluation.
        Assert.Contains("Centrum in cijfers 2027", report, StringComparison.Ordinal);
        Assert.Matches(@"Initiatieven begonnen</th><td>2</td>", report);
        Assert.Matches(@"Daarvan met een buurtdeal</th><td>1</td>", report);
        Assert.Matches(@"Check-ins beantwoord</th><td>0 van 0</td>", report);
        Assert.Matches(@"Tevredenheid van bewoners \(1–5\)</th><td>minder dan 5 evaluaties</td>", report);
        Assert.Matches(@"Buurtpeilingen gehouden</th><td>0, met 0 antwoorden</td>", report);
        var admin = await HtmlAsync(browser, "/admin/wijkjaar/Centrum");
        Assert.Contains("Jaarverslag 2027", admin, StringComparison.Ordinal);
        Assert.Matches(@"<td>1 van 2</td>\s*<td>1</td>\s*<td>4,0</td>\s*<td>1</td>", admin);
        Assert.Contains("Evaluaties</th><td>1, gemiddeld 4,0 van 5</td>", admin, StringComparison.Ordinal);

        // Next January the wijkanalyse starts from it: last year's report is on the wijk's page of the new year.
        year.MoveTo(2028, 1, 4, 10);
        await SignInAsync();
        var nextYear = await HtmlAsync(browser, "/admin/wijkjaar/Centrum");
        Assert.Contains("Wijkagenda 2028", nextYear, StringComparison.Ordinal);
        Assert.Contains("Jaarverslag 2027", nextYear, StringComparison.Ordinal);
        browser.Dispose();
    }

    private static async Task OpenAsync(WijkjaarApp year, WijkjaarFase fase)
    {
        var opening = await year.WithAsync<WijkjaarFasen, WijkjaarOpening>(f => f.OpenDueAsync(CancellationToken.None));
        Assert.Equal(fase, opening.Fase);
        Assert.Contains("Centrum", opening.OpenedIn);
    }

    private static void ClosedDeal(Initiatief initiatief, DateTime now)
    {
        TestInitiatieven.WithDeal(initiatief, now);
        initiatief.AcceptDeal(DealSide.Bewoners, initiatief.Deal!.Version, Actor.Resident(initiatief.InitiatiefnemerId), now.AddSeconds(2));
        initiatief.AcceptDeal(DealSide.Gemeente, initiatief.Deal!.Version, Actor.Coordinator("seed"), now.AddSeconds(3));
    }

    private static async Task<string> HtmlAsync(AdminHttpSession browser, string path)
    {
        using var response = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
