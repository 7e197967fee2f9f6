using System.Net;
using System.Text.RegularExpressions;
using BuurtBot.Dialogs.Domain.Monitoring;
using BuurtBot.Scheduling;
using BuurtBot.Tests.Testing;
using BuurtBot.Tests.Wijkjaar;

namespace BuurtBot.Tests.Inzicht;

/// <summary>
/// The check-ins and evaluations on the Gesprekken-inzicht over real HTTP, on a seeded November: response,
/// time to answer, the answers and the evaluations' scores per wijk match a hand count; an average of fewer
/// than five evaluations shows "&lt; 5"; a coordinator of another wijk gets 403 for the CSV too.
/// </summary>
public sealed class MonitoringInzichtTests
{
    private const string Period = "van=2026-11-01&tot=2026-11-30";

    [Fact]
    public async Task ResponseTimesAnswersAndScoresMatchAHandCount()
    {
        await using var app = await SeededAsync();
        var bea = await AdminAccounts.BeheerderAsync(app.Services);
        using var browser = new AdminHttpSession(app.App.BaseAddress);
        await browser.SignInAsync(bea.Email, AdminAccounts.Password);

        // Centrum: 6 rounds sent, 5 answered after 1–5 hours (median 3); 5 evaluations scoring 5, 4, 4, 3, 3 (3,8), 4 of 5 would do it again.
        var centrum = await InzichtHtml.HtmlAsync(browser, $"/admin/inzicht?{Period}&wijk=Centrum");
        Assert.Equal(
            ["6", "5", "83%", "3 uur", "5", "< 5", "< 5", "5", "3,8", "80%"],
            Figures(centrum, "verstuurd", "beantwoord", "respons", "mediaan", "loopt-goed", "loopt-achter", "hulp-nodig", "evaluaties", "tevredenheid", "weer-doen"));
        Assert.DoesNotContain("06-12345678", centrum, StringComparison.Ordinal);

        // The chart says the same as the table: 5 "loopt goed", the two small counts drawn as nothing and labelled "< 5".
        var chart = Regex.Match(centrum, "<svg [^>]*aria-labelledby=\"monitoring-titel monitoring-uitleg\".*?</svg>", RegexOptions.Singleline).Value;
        Assert.Contains("<title id=\"monitoring-titel\">Antwoorden op check-ins</title>", chart, StringComparison.Ordinal);
        Assert.Equal(["Loopt goed", "5", "Loopt achter", "< 5", "Hulp nodig", "< 5"], Regex.Matches(chart, "<text [^>]*>(?<t>[^<]*)</text>").Select(m => WebUtility.HtmlDecode(m.Groups["t"].Value)));

        // Oost alone: 2 rounds, 1 evaluation; no share, time or average of so few.
        var oost = await InzichtHtml.HtmlAsync(browser, $"/admin/inzicht?{Period}&wijk=Oost");
        Assert.Equal(
            ["< 5", "< 5", "< 5", "< 5", "< 5", "< 5"],
            Figures(oost, "verstuurd", "beantwoord", "respons", "mediaan", "evaluaties", "tevredenheid"));

        // All wijken: 8 sent, 6 answered (75%); waits 0,5 and 1–5 hours (median 2,5); scores 5, 4, 4, 3, 3, 2 (3,5); 4 of 6 (67%).
        // October's round, answer and evaluation are outside the period.
        var all = await InzichtHtml.HtmlAsync(browser, $"/admin/inzicht?{Period}");
        Assert.Equal(
            ["8", "6", "75%", "2,5 uur", "6", "3,5", "67%"],
            Figures(all, "verstuurd", "beantwoord", "respons", "mediaan", "evaluaties", "tevredenheid", "weer-doen"));

        var csv = await browser.GetAsync($"/admin/inzicht?handler=MonitoringCsv&{Period}&wijk=Centrum");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal("checkins_verstuurd,checkins_beantwoord,respons_procent,mediaan_uren_tot_antwoord,loopt_goed,loopt_achter,hulp_nodig,evaluaties,gemiddelde_tevredenheid,zou_het_weer_doen_procent", lines[0]);
        Assert.Equal("6,5,83,3,5,< 5,< 5,5,3.8,80", lines[1]);
    }

    [Fact]
    public async Task ACoordinatorSeesTheirWijksMonitoringAndGets403ForAnother()
    {
        await using var app = await SeededAsync();
        var olga = await AdminAccounts.CoordinatorAsync(app.Services, "Olga", "Oost");
        using var browser = new AdminHttpSession(app.App.BaseAddress);
        await browser.SignInAsync(olga.Email, AdminAccounts.Password);

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync($"/admin/inzicht?handler=MonitoringCsv&{Period}&wijk=Centrum")).StatusCode);

        // Her own wijken: Oost's two rounds and one evaluation, nothing of Centrum's.
        var own = await InzichtHtml.HtmlAsync(browser, $"/admin/inzicht?{Period}");
        Assert.Equal(["< 5", "< 5", "< 5"], Figures(own, "verstuurd", "evaluaties", "tevredenheid"));
        var csv = await (await browser.GetAsync($"/admin/inzicht?handler=MonitoringCsv&{Period}")).Content.ReadAsStringAsync();
        Assert.Equal("< 5,< 5,< 5,< 5,0,0,< 5,< 5,< 5,< 5", csv.TrimStart('\uFEFF').Split("\r\n")[1]);
    }

    /// <summary>
    /// Two initiatieven in Centrum and one in Oost. Centrum: rounds sent on 2–7 November at 10:00, the first five answered
    /// after 1, 2, 3, 4 and 5 hours (five "loopt goed", one "loopt achter", one "hulp nodig"); five evaluations.
    /// Oost: two rounds, one answered after 30 minutes ("hulp nodig"), one evaluation scoring 2. October: one of each in Centrum.
    /// </summary>
    private static async Task<WijkjaarApp> SeededAsync()
    {
        var app = new WijkjaarApp(DateTimeOffset.UtcNow);
        var september = November(1).AddDays(-60);
        var bank = await TestInitiatieven.SeedAsync(app.Services, "Een bank bij de kerk", "Centrum", at: september);
        var tuin = await TestInitiatieven.SeedAsync(app.Services, "Geveltuinen", "Centrum", at: september);
        var oost = await TestInitiatieven.SeedAsync(app.Services, "Speelstraat", "Oost", at: september);
        var deal = Guid.NewGuid();
        var afspraak = Guid.NewGuid();

        await app.WithDbAsync(db =>
        {
            for (var day = 2; day <= 7; day++)
            {
                var round = CheckInRound.Send($"inzicht-centrum-{day}", day % 2 == 0 ? bank.Id : tuin.Id, deal, Guid.NewGuid(), November(day));
                if (day < 7)
                {
                    round.Answer(November(day).AddHours(day - 1));
                }

                db.Set<CheckInRound>().Add(round);
            }

            var oostAnswered = CheckInRound.Send("inzicht-oost-1", oost.Id, deal, Guid.NewGuid(), November(10));
            oostAnswered.Answer(November(10).AddMinutes(30));
            db.Set<CheckInRound>().AddRange(oostAnswered, CheckInRound.Send("inzicht-oost-2", oost.Id, deal, Guid.NewGuid(), November(17)));

            CheckInProgress[] centrumAnswers =
                [CheckInProgress.LooptGoed, CheckInProgress.LooptGoed, CheckInProgress.LooptGoed, CheckInProgress.LooptGoed, CheckInProgress.LooptGoed, CheckInProgress.LooptAchter, CheckInProgress.HulpNodig];
            for (var i = 0; i < centrumAnswers.Length; i++)
            {
                db.Set<MonitoringEntry>().Add(MonitoringEntry.FromResident(i % 2 == 0 ? bank.Id : tuin.Id, afspraak, null, centrumAnswers[i], "Gaat prima, bel 06-12345678", null, "bewoner", November(2 + i).AddHours(1)));
            }

            db.Set<MonitoringEntry>().Add(MonitoringEntry.FromResident(oost.Id, afspraak, null, CheckInProgress.HulpNodig, null, null, "bewoner", November(10).AddMinutes(30)));

            int[] scores = [5, 4, 4, 3, 3];
            for (var i = 0; i < scores.Length; i++)
            {
                db.Set<InitiatiefEvaluatie>().Add(InitiatiefEvaluatie.Submit(i % 2 == 0 ? bank.Id : tuin.Id, scores[i], "De buren", "Meer hulp", wouldDoAgain: i != 4, "bewoner", November(20 + i)));
            }

            db.Set<InitiatiefEvaluatie>().Add(InitiatiefEvaluatie.Submit(oost.Id, 2, "", "", wouldDoAgain: false, "bewoner", November(25)));

            // October: outside the period on every count.
            var october = November(1).AddDays(-10);
            var old = CheckInRound.Send("inzicht-centrum-oktober", bank.Id, deal, Guid.NewGuid(), october);
            old.Answer(october.AddDays(3));
            db.Set<CheckInRound>().Add(old);
            db.Set<MonitoringEntry>().Add(MonitoringEntry.FromResident(bank.Id, afspraak, null, CheckInProgress.LooptAchter, null, null, "bewoner", october.AddDays(3)));
            db.Set<InitiatiefEvaluatie>().Add(InitiatiefEvaluatie.Submit(bank.Id, 1, "", "", wouldDoAgain: false, "bewoner", october));
            return db.SaveChangesAsync();
        });
        return app;
    }

    private static DateTime November(int day) => AmsterdamTime.At(new DateOnly(2026, 11, day), TimeSpan.FromHours(10)).UtcDateTime;

    /// <summary>The value cells of the named rows of the monitoring table, in the order asked.</summary>
    private static string[] Figures(string html, params string[] figures)
    {
        var table = InzichtHtml.Table(html, "monitoring-tabel");
        Assert.False(string.IsNullOrEmpty(table), "No monitoring table on the page");
        return [.. figures.Select(figure =>
        {
            var cell = Regex.Match(table, $"<tr data-figure=\"{figure}\">.*?<td>(?<c>.*?)</td>", RegexOptions.Singleline | RegexOptions.ExplicitCapture).Groups["c"];
            Assert.True(cell.Success, $"No row for {figure}");
            return WebUtility.HtmlDecode(cell.Value).Trim();
        })];
    }
}
