using System.Net;
using BuurtBot.Admin.Accounts;
using BuurtBot.Admin.Handoff;
using BuurtBot.Scheduling;
using BuurtBot.Tests.Testing;
using BuurtBot.Tests.Wijkjaar;

namespace BuurtBot.Tests.Inzicht;

/// <summary>
/// Hand-offs and waits on the Gesprekken-inzicht, from a November of real <see cref="HandoffService"/> calls on a
/// moved clock: per reason requested, taken, cancelled and still waiting; the wait's median and nearest-rank 90th
/// percentile inside and outside office hours, matching a hand count; a direct takeover is not a wait of zero;
/// fewer than five shows "&lt; 5"; a coordinator of another wijk gets 403.
/// </summary>
public sealed class HandoffInzichtTests
{
    private const string Period = "van=2026-11-01&tot=2026-11-30";

    [Fact]
    public async Task HandoffsAndWaitsMatchAHandCount()
    {
        await using var app = await SeededAsync();
        var bea = await AdminAccounts.BeheerderAsync(app.Services, "Beatrix");
        using var browser = new AdminHttpSession(app.App.BaseAddress);
        await browser.SignInAsync(bea.Email, AdminAccounts.Password);

        // Centrum, "asked": 4 taken inside office hours, 2 outside, 1 stopped waiting, 1 still waits. "menu": 2 taken. 1 direct takeover.
        var centrum = await InzichtHtml.HtmlAsync(browser, $"/admin/inzicht?{Period}&wijk=Centrum");
        Assert.Equal(["Bewoner vroeg erom in de chat", "8", "6", "< 5", "< 5"], InzichtHtml.Row(centrum, "handoff-tabel", "data-reason", "asked"));
        Assert.Equal(["Bewoner koos het in het menu", "< 5", "< 5", "0", "0"], InzichtHtml.Row(centrum, "handoff-tabel", "data-reason", "menu"));
        Assert.Equal(["Coördinator nam het gesprek zelf over", "< 5", "< 5", "0", "0"], InzichtHtml.Row(centrum, "handoff-tabel", "data-reason", "direct"));

        // Inside office hours the waits were 2, 4, 6, 8, 10 and 30 minutes: median 7, 90th percentile (the 6th of 6) 30.
        // The direct takeover made nobody wait, so it is not a seventh wait of 0 minutes.
        Assert.Equal(["Binnen kantooruren", "6", "7 min", "30 min"], InzichtHtml.Row(centrum, "handoff-wachttijd-tabel", "data-hours", "binnen"));
        Assert.Equal(["Buiten kantooruren", "< 5", "< 5", "< 5"], InzichtHtml.Row(centrum, "handoff-wachttijd-tabel", "data-hours", "buiten"));

        // All wijken add Oost's one hand-off; October's is outside the period.
        var all = await InzichtHtml.HtmlAsync(browser, $"/admin/inzicht?{Period}");
        Assert.Equal(["Bewoner vroeg erom in de chat", "9", "7", "< 5", "< 5"], InzichtHtml.Row(all, "handoff-tabel", "data-reason", "asked"));
        Assert.Equal(["Binnen kantooruren", "7", "8 min", "30 min"], InzichtHtml.Row(all, "handoff-wachttijd-tabel", "data-hours", "binnen"));

        var csv = await browser.GetAsync($"/admin/inzicht?handler=HandoffCsv&{Period}&wijk=Centrum");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal(
            [
                "soort,reden_of_uren,gevraagd,overgenomen,gestopt,wacht_nog,mediaan_minuten,p90_minuten",
                "reden,asked,8,6,< 5,< 5,,",
                "reden,menu,< 5,< 5,0,0,,",
                "reden,direct,< 5,< 5,0,0,,",
                "wachttijd,binnen_kantooruren,,6,,,7,30",
                "wachttijd,buiten_kantooruren,,< 5,,,< 5,< 5",
                "",
            ],
            lines);
    }

    [Fact]
    public async Task ACoordinatorSeesTheirWijksHandoffsAndGets403ForAnother()
    {
        await using var app = await SeededAsync();
        var olga = await AdminAccounts.CoordinatorAsync(app.Services, "Olga", "Oost");
        using var browser = new AdminHttpSession(app.App.BaseAddress);
        await browser.SignInAsync(olga.Email, AdminAccounts.Password);

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync($"/admin/inzicht?handler=HandoffCsv&{Period}&wijk=Centrum")).StatusCode);
        var own = await InzichtHtml.HtmlAsync(browser, $"/admin/inzicht?{Period}");
        Assert.Equal(["Bewoner vroeg erom in de chat", "< 5", "< 5", "0", "0"], InzichtHtml.Row(own, "handoff-tabel", "data-reason", "asked"));
        Assert.DoesNotContain("data-reason=\"menu\"", own, StringComparison.Ordinal);
    }

    /// <summary>
    /// November 2026 in Centrum, through the real service: residents ask on weekdays at 10:00 and wait 2, 4, 6, 8 ("asked")
    /// and 10, 30 minutes ("menu"); two ask at 20:00 and are taken at 9:00 the next morning; one stops waiting after 3
    /// minutes; one still waits; a coordinator takes one chat straight from the bot. Oost: one waits 12 minutes. October: one.
    /// </summary>
    private static async Task<WijkjaarApp> SeededAsync()
    {
        var app = new WijkjaarApp(DateTimeOffset.UtcNow);
        var bea = await AdminAccounts.BeheerderAsync(app.Services, "Bea");

        int[] days = [2, 3, 4, 5, 6, 9];
        int[] waits = [2, 4, 6, 8, 10, 30];
        for (var i = 0; i < days.Length; i++)
        {
            await HandOffAsync(app, bea, "Centrum", i < 4 ? "asked" : "menu", At(days[i], 10, 0), TimeSpan.FromMinutes(waits[i]));
        }

        await HandOffAsync(app, bea, "Centrum", "asked", At(10, 20, 0), TimeSpan.FromHours(13));
        await HandOffAsync(app, bea, "Centrum", "asked", At(11, 20, 0), TimeSpan.FromHours(13));

        var stopped = await QueuedAsync(app, "Centrum", "asked", At(12, 11, 0));
        app.Clock.SetUtcNow(At(12, 11, 3));
        Assert.True(await app.WithAsync<HandoffService, bool>(h => h.CancelRequestAsync(stopped)));

        await QueuedAsync(app, "Centrum", "asked", At(13, 11, 0));

        app.Clock.SetUtcNow(At(16, 14, 0));
        var direct = await app.ResidentAsync("Centrum", mayBeAsked: false);
        Assert.True((await app.WithAsync<HandoffService, TakeOverResult>(h => h.TakeOverAsync(direct, bea))).Won);

        await HandOffAsync(app, bea, "Oost", "asked", At(18, 10, 0), TimeSpan.FromMinutes(12));
        await HandOffAsync(app, bea, "Centrum", "asked", At(10, 10, 0).AddDays(-31), TimeSpan.FromMinutes(1));

        // Back to the machine's time: the sign-in code is computed from it.
        app.Clock.SetUtcNow(DateTimeOffset.UtcNow);
        return app;
    }

    private static async Task HandOffAsync(WijkjaarApp app, Coordinator coordinator, string wijk, string reason, DateTimeOffset at, TimeSpan wait)
    {
        var conversation = await QueuedAsync(app, wijk, reason, at);
        app.Clock.SetUtcNow(at + wait);
        Assert.True((await app.WithAsync<HandoffService, TakeOverResult>(h => h.TakeOverAsync(conversation, coordinator))).Won);
    }

    private static async Task<Guid> QueuedAsync(WijkjaarApp app, string wijk, string reason, DateTimeOffset at)
    {
        app.Clock.SetUtcNow(at);
        var conversation = await app.ResidentAsync(wijk, mayBeAsked: false);
        Assert.True(await app.WithAsync<HandoffService, bool>(h => h.RequestHumanAsync(conversation, reason)));
        return conversation;
    }

    private static DateTimeOffset At(int day, int hour, int minute) =>
        AmsterdamTime.At(new DateOnly(2026, 11, day), new TimeSpan(hour, minute, 0));
}
