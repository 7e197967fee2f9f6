using System.Net;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Inzicht;
using BuurtBot.Scheduling;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using BuurtBot.Tests.Wijkjaar;

namespace BuurtBot.Tests.Inzicht;

/// <summary>
/// The Gesprekken-inzicht over real HTTP on a seeded November: the funnel, times and re-ask shares per wijk
/// match a hand count, small counts show "&lt; 5", and a coordinator of another wijk gets 403.
/// </summary>
public sealed class InzichtPageTests
{
    private const string Period = "van=2026-11-01&tot=2026-11-30";

    [Fact]
    public async Task TheFunnelTimesAndReaskSharesMatchAHandCount()
    {
        await using var app = await SeededAsync();
        var bea = await AdminAccounts.BeheerderAsync(app.Services);
        using var browser = new AdminHttpSession(app.App.BaseAddress);
        await browser.SignInAsync(bea.Email, AdminAccounts.Password);

        // Centrum: six residents named it (the seventh never did, so counts only under "alle wijken").
        var centrum = await InzichtHtml.HtmlAsync(browser, $"/admin/inzicht?{Period}&wijk=Centrum");
        Assert.Equal(["Wijk", "6", "0", "35 s", "0%"], Row(centrum, "intake", "wijk"));
        Assert.Equal(["Thema", "6", "< 5", "1 min", "29%"], Row(centrum, "intake", "thema"));
        Assert.Equal(["Titel", "0", "0", "–", "–"], Row(centrum, "intake", "title"));
        Assert.Equal(["Akkoord met de deal?", "0", "0", "–", "–"], Row(centrum, "deal-review", "antwoord"));

        // All wijken: the seventh resident who left at the wijk question, asked again once; Oost's two deal reviews.
        var all = await InzichtHtml.HtmlAsync(browser, $"/admin/inzicht?{Period}");
        Assert.Equal(["Wijk", "7", "< 5", "35 s", "14%"], Row(all, "intake", "wijk"));
        Assert.Equal(["Akkoord met de deal?", "< 5", "0", "< 5", "< 5"], Row(all, "deal-review", "antwoord"));

        // The chart draws the same numbers, as an image with its title for screen readers.
        Assert.Contains("<title id=\"trechter-intake-titel\">Nieuw initiatief (intake): bewoners per stap</title>", all, StringComparison.Ordinal);

        // The CSV has the same, suppressed likewise.
        var csv = await browser.GetAsync($"/admin/inzicht?handler=Csv&{Period}&wijk=Centrum");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("intake,wijk,6,0,35,0\r\n", text, StringComparison.Ordinal);
        Assert.Contains("intake,thema,6,< 5,60,29\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACoordinatorSeesOnlyTheirWijkenAndGets403ForAnother()
    {
        await using var app = await SeededAsync();
        var olga = await AdminAccounts.CoordinatorAsync(app.Services, "Olga", "Oost");
        using var browser = new AdminHttpSession(app.App.BaseAddress);
        await browser.SignInAsync(olga.Email, AdminAccounts.Password);

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync($"/admin/inzicht?{Period}&wijk=Centrum")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync($"/admin/inzicht?handler=Csv&{Period}&wijk=Centrum")).StatusCode);

        // Her own view: Oost's two deal reviews (suppressed), nothing of Centrum's intake or of the resident without a wijk.
        var own = await InzichtHtml.HtmlAsync(browser, $"/admin/inzicht?{Period}");
        Assert.Equal(["Wijk", "0", "0", "–", "–"], Row(own, "intake", "wijk"));
        Assert.Equal(["Akkoord met de deal?", "< 5", "0", "< 5", "< 5"], Row(own, "deal-review", "antwoord"));
        Assert.DoesNotContain("<option value=\"Centrum\"", own, StringComparison.Ordinal);
    }

    /// <summary>
    /// November 2026, one resident a day from the 1st: seven start the intake; C1–C6 answer the wijk after 10, 20, …, 60 s
    /// (median 35 s), C7 is asked again and leaves without a wijk. C1–C6 get the thema question in Centrum; C1–C5
    /// answer it after 60 s, C2 after one re-ask, C6 is asked again once and leaves (2 re-asks of 7 answers: 29%).
    /// Two residents of Oost answer a deal. One resident of October does not count.
    /// </summary>
    private static async Task<WijkjaarApp> SeededAsync()
    {
        // The clock is the machine's: a beheerder's sign-in code is computed from it. The period is in the query.
        var app = new WijkjaarApp(DateTimeOffset.UtcNow);
        await app.WithDbAsync(db =>
        {
            for (var i = 1; i <= 7; i++)
            {
                var t0 = AmsterdamTime.At(new DateOnly(2026, 11, i), TimeSpan.FromHours(10)).UtcDateTime;
                var id = Conversation(db, i <= 6 ? "Centrum" : null, t0);
                Add(db, id, null, "intake", "wijk", StepOutcome.Asked, t0);
                if (i == 7)
                {
                    Add(db, id, null, "intake", "wijk", StepOutcome.Reasked, t0.AddSeconds(5));
                    continue;
                }

                Add(db, id, null, "intake", "wijk", StepOutcome.Answered, t0.AddSeconds(10 * i));
                Add(db, id, "Centrum", "intake", "thema", StepOutcome.Asked, t0.AddSeconds(100));
                if (i is 2 or 6)
                {
                    Add(db, id, "Centrum", "intake", "thema", StepOutcome.Reasked, t0.AddSeconds(130));
                }

                if (i != 6)
                {
                    Add(db, id, "Centrum", "intake", "thema", StepOutcome.Answered, t0.AddSeconds(160));
                }
            }

            for (var i = 0; i < 2; i++)
            {
                var t0 = AmsterdamTime.At(new DateOnly(2026, 11, 20 + i), TimeSpan.FromHours(14)).UtcDateTime;
                var id = Conversation(db, "Oost", t0);
                Add(db, id, "Oost", "deal-review", "antwoord", StepOutcome.Asked, t0);
                Add(db, id, "Oost", "deal-review", "antwoord", StepOutcome.Answered, t0.AddMinutes(3));
            }

            var october = AmsterdamTime.At(new DateOnly(2026, 10, 20), TimeSpan.FromHours(10)).UtcDateTime;
            Add(db, Conversation(db, "Centrum", october), "Centrum", "intake", "wijk", StepOutcome.Asked, october);
            return db.SaveChangesAsync();
        });
        return app;
    }

    private static Guid Conversation(BuurtBotDbContext db, string? wijk, DateTime at)
    {
        var id = Guid.NewGuid();
        db.Conversations.Add(new Conversation
        {
            Id = id, Channel = "webchat", ChannelConversationId = $"inzicht-{id:N}", Wijk = wijk, ConsentUtc = at, CreatedUtc = at, UpdatedUtc = at,
        });
        return id;
    }

    private static void Add(BuurtBotDbContext db, Guid conversation, string? wijk, string dialog, string step, StepOutcome outcome, DateTime at) =>
        db.Set<StepEvent>().Add(new StepEvent { ConversationId = conversation, Wijk = wijk, Dialog = dialog, Step = step, Outcome = outcome, AtUtc = at });

    /// <summary>The cells of one step's row in a dialog's table: the step's label, then its figures.</summary>
    private static string[] Row(string html, string dialog, string step) => InzichtHtml.Row(html, $"trechter-{dialog}-tabel", "data-step", step);
}
