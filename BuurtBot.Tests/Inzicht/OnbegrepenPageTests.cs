using System.Net;
using BuurtBot.Admin.Audit;
using BuurtBot.Inzicht.Onbegrepen;
using BuurtBot.Tests.Testing;
using BuurtBot.Tests.Wijkjaar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace BuurtBot.Tests.Inzicht;

/// <summary>
/// The beheerder's page of misunderstood answers, as a beheerder and a resident meet it over HTTP: nothing is kept
/// until the beheerder switches it on (audited); then a resident's answer at the wijk question shows masked and
/// encoded, never with whose it was; a proposal of what it means comes out in the TSV the corpus test reads;
/// switching off erases everything; a coordinator gets 403; the purge keeps 29 days and deletes 31.
/// </summary>
public sealed class OnbegrepenPageTests
{
    private const string Page = "/admin/inzicht/onbegrepen";
    private const string Personal = "ik ben Jan de Vries, bel me op 06-12345678 of mail jan@voorbeeld.nl";

    [Fact]
    public async Task ABeheerderSwitchesItOnReadsTheMaskedAnswerProposesItsMeaningAndSwitchesItOff()
    {
        await using var app = new WijkjaarApp(DateTimeOffset.UtcNow);
        var bea = await AdminAccounts.BeheerderAsync(app.Services, "Beatrix");
        using var browser = new AdminHttpSession(app.App.BaseAddress);
        await browser.SignInAsync(bea.Email, AdminAccounts.Password);

        var before = await InzichtHtml.HtmlAsync(browser, Page);
        Assert.Contains("Het bewaren staat <strong>uit</strong>. Het stond nog nooit aan.", before, StringComparison.Ordinal);
        Assert.Contains("Na <strong>30 dagen</strong> wissen we een antwoord.", before, StringComparison.Ordinal);
        Assert.Contains("gemaskeerd", before, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/inzicht/onbegrepen\"", await InzichtHtml.HtmlAsync(browser, "/admin/inzicht"), StringComparison.Ordinal);

        // Off: a resident the bot does not understand leaves no text behind.
        var resident = await AtTheWijkQuestionAsync(app);
        await resident.Say(Personal);
        await resident.ExpectReply(contains: "");
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<OnbegrepenAntwoord>().CountAsync()));
        Assert.Contains("id=\"onbegrepen-leeg\"", await InzichtHtml.HtmlAsync(browser, Page), StringComparison.Ordinal);

        var on = await browser.PostFormAsync(Page, new() { ["on"] = "true" }, handler: "Switch");
        Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        var switchedOn = await InzichtHtml.HtmlAsync(browser, on.Headers.Location!.OriginalString);
        Assert.Contains("Het bewaren staat <strong>aan</strong> sinds", switchedOn, StringComparison.Ordinal);
        Assert.Contains("Zet uit en wis alles", switchedOn, StringComparison.Ordinal);
        var audited = await app.WithDbAsync(db => db.AuditLog.AsNoTracking().Where(a => a.Action == AuditActions.OnbegrepenOptInChanged).Select(a => new { a.Actor, a.Detail }).ToListAsync());
        Assert.Equal("aan", Assert.Single(audited).Detail);

        // On: the same answer again, one with markup, and one the bot understands.
        await resident.Say(Personal);
        await resident.ExpectReply(contains: "");
        await resident.Say("<b>achter de watertoren</b>");
        await resident.ExpectReply(contains: "");
        await resident.Say("Centrum");
        await resident.ExpectReply(contains: "buurt");

        var page = await InzichtHtml.HtmlAsync(browser, Page);
        var rows = await app.WithDbAsync(db => db.Set<OnbegrepenAntwoord>().AsNoTracking().OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(2, rows.Count);
        Assert.Equal(
            ["Nieuw initiatief: de wijk", "onbekend", "ik ben [naam], bel me op [telefoon] of mail [e-mail]"],
            InzichtHtml.Row(page, "onbegrepen-tabel", "data-id", rows[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture))[1..4]);
        foreach (var personal in new[] { "Jan", "Vries", "12345678", "voorbeeld.nl" })
        {
            Assert.DoesNotContain(personal, page, StringComparison.Ordinal);
        }

        // Encoded: the resident's markup is text on the page, never markup; the conversation is nowhere on it.
        Assert.Contains("&lt;b&gt;achter de watertoren&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>achter de watertoren", page, StringComparison.Ordinal);
        Assert.DoesNotContain(rows[0].ConversationId.ToString(), page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(rows[0].ConversationId.ToString("N"), page, StringComparison.OrdinalIgnoreCase);

        // "Dit betekent:" Centrum, with the text cleaned of its markup by the beheerder.
        var proposed = await browser.PostFormAsync(Page, new() { ["id"] = $"{rows[1].Id}", ["meaning"] = "Centrum", ["text"] = "achter de watertoren" }, handler: "Propose");
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        var withProposal = await InzichtHtml.HtmlAsync(browser, proposed.Headers.Location!.OriginalString);
        Assert.Contains("Je voorstel staat in de lijst voor de ontwikkelaars.", withProposal, StringComparison.Ordinal);
        var voorstel = await app.WithDbAsync(db => db.Set<AntwoordVoorstel>().AsNoTracking().SingleAsync());
        Assert.Equal(
            ["Nieuw initiatief: de wijk", "achter de watertoren", "Centrum", bea.Email],
            InzichtHtml.Row(withProposal, "voorstellen-tabel", "data-id", $"{voorstel.Id}")[1..5]);

        // A meaning that is not one of the question's buttons, or an edit that brings a name back, is refused or masked.
        var wrong = await browser.PostFormAsync(Page, new() { ["id"] = $"{rows[1].Id}", ["meaning"] = "Amsterdam", ["text"] = "achter de watertoren" }, handler: "Propose");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Kies een knop", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await browser.PostFormAsync(Page, new() { ["id"] = $"{rows[0].Id}", ["meaning"] = "Oost", ["text"] = "ik woon bij Piet Jansen" }, handler: "Propose");

        var tsv = await browser.GetAsync("/admin/inzicht/voorstellen.tsv");
        Assert.Equal(HttpStatusCode.OK, tsv.StatusCode);
        Assert.Equal("text/tab-separated-values", tsv.Content.Headers.ContentType?.MediaType);
        var file = await tsv.Content.ReadAsStringAsync();
        Assert.Equal(
            [
                "family\tlocale\ttext\tmeaning\twijk",
                "intake: wijk\tnl-NL\tachter de watertoren\tCentrum\t",
                "intake: wijk\tnl-NL\tik woon bij [naam]\tOost\t",
                "",
            ],
            file.Split('\n'));
        Assert.Equal(
            [new VoorstellenTsv.Line("intake: wijk", "nl-NL", "achter de watertoren", "Centrum", null), new VoorstellenTsv.Line("intake: wijk", "nl-NL", "ik woon bij [naam]", "Oost", null)],
            VoorstellenTsv.Read(file));
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditLog.CountAsync(a => a.Action == AuditActions.AntwoordVoorstelAdded)));

        // Off: every kept answer is erased at once; the proposals, the beheerder's own work, stay.
        var off = await browser.PostFormAsync(Page, new() { ["on"] = "false" }, handler: "Switch");
        var switchedOff = await InzichtHtml.HtmlAsync(browser, off.Headers.Location!.OriginalString);
        Assert.Contains("Alle bewaarde antwoorden zijn gewist.", switchedOff, StringComparison.Ordinal);
        Assert.Contains("id=\"onbegrepen-leeg\"", switchedOff, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<OnbegrepenAntwoord>().CountAsync()));
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<AntwoordVoorstel>().CountAsync()));
        Assert.Equal(["aan", "uit"], await app.WithDbAsync(db => db.AuditLog.Where(a => a.Action == AuditActions.OnbegrepenOptInChanged).OrderBy(a => a.Id).Select(a => a.Detail!).ToListAsync()));

        // Off again: a misunderstood answer is not stored.
        await resident.Say(Personal);
        await resident.ExpectReply(contains: "");
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<OnbegrepenAntwoord>().CountAsync()));
    }

    [Fact]
    public async Task ACoordinatorGets403ForThePageTheFileAndTheSwitch()
    {
        await using var app = new WijkjaarApp(DateTimeOffset.UtcNow);
        var olga = await AdminAccounts.CoordinatorAsync(app.Services, "Olga", "Oost");
        using var browser = new AdminHttpSession(app.App.BaseAddress);
        await browser.SignInAsync(olga.Email, AdminAccounts.Password);

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync(Page)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/admin/inzicht/voorstellen.tsv")).StatusCode);
        using var post = new FormUrlEncodedContent(new Dictionary<string, string> { ["on"] = "true" });
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.PostAsync(Page + "?handler=Switch", post)).StatusCode);
        Assert.DoesNotContain("/admin/inzicht/onbegrepen", await InzichtHtml.HtmlAsync(browser, "/admin/inzicht"), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Set<OnbegrepenOptIn>().AnyAsync(o => o.On)));
    }

    [Fact]
    public async Task ThePurgeDeletesWhatIsOlderThan30DaysAndEverythingOnceSwitchedOff()
    {
        await using var app = new WijkjaarApp(DateTimeOffset.UtcNow);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var conversation = await app.ResidentAsync("Oost", mayBeAsked: false);
        await app.WithDbAsync(db =>
        {
            db.Set<OnbegrepenOptIn>().Add(new OnbegrepenOptIn { On = true, ChangedUtc = now.AddDays(-40) });
            foreach (var days in new[] { 31, 30.01, 29, 1 })
            {
                db.Set<OnbegrepenAntwoord>().Add(new OnbegrepenAntwoord { ConversationId = conversation, Where = "main.menu", Locale = "nl-NL", Text = $"{days} dagen", AtUtc = now.AddDays(-days) });
            }

            return db.SaveChangesAsync();
        });

        Assert.Equal(2, await app.WithAsync<OnbegrepenPurge, int>(p => p.RunAsync(CancellationToken.None)));
        Assert.Equal(["29 dagen", "1 dagen"], await app.WithDbAsync(db => db.Set<OnbegrepenAntwoord>().OrderBy(a => a.AtUtc).Select(a => a.Text).ToListAsync()));

        // A day later the 29-day one is past 30 as well.
        app.Clock.SetUtcNow(app.Clock.GetUtcNow().AddDays(1.5));
        Assert.Equal(1, await app.WithAsync<OnbegrepenPurge, int>(p => p.RunAsync(CancellationToken.None)));

        // Switched off behind the page's back (another instance's cache): the next run leaves nothing.
        await app.WithDbAsync(db => db.Set<OnbegrepenOptIn>().ExecuteUpdateAsync(s => s.SetProperty(o => o.On, false)));
        Assert.Equal(1, await app.WithAsync<OnbegrepenPurge, int>(p => p.RunAsync(CancellationToken.None)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<OnbegrepenAntwoord>().CountAsync()));
    }

    [Fact]
    public async Task ThePurgeIsScheduledEveryHour()
    {
        await using var app = new BuurtBotApp();
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = Assert.IsAssignableFrom<ISimpleTrigger>(Assert.Single(await scheduler.GetTriggersOfJob(OnbegrepenPurgeJob.Key)));
        Assert.Equal(TimeSpan.FromHours(1), trigger.RepeatInterval);
    }

    private static async Task<ResidentChat> AtTheWijkQuestionAsync(WijkjaarApp app)
    {
        var chat = await ResidentChat.WithConsentAsync(app.App);
        await chat.ExpectReply(contains: "Wat wil je doen?");
        await chat.Tap("Nieuw initiatief");
        await chat.ExpectReply(contains: "Leuk dat je een idee hebt");
        await chat.ExpectReply(contains: "In welke wijk is je idee?");
        return chat;
    }
}
