using BuurtBot.Dialogs.Domain.Wijkjaren;
using BuurtBot.Notifications;
using BuurtBot.Scheduling;
using BuurtBot.Tests.Testing;
using BuurtBot.Wijkjaar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using WijkjaarEntity = BuurtBot.Dialogs.Domain.Wijkjaren.Wijkjaar;

namespace BuurtBot.Tests.Wijkjaar;

/// <summary>The phase job on a fake clock: phases open on their first day, residents who agreed are invited (never in quiet hours), coordinators get one e-mail.</summary>
public sealed class WijkjaarFaseTests
{
    [Fact]
    public async Task PhasesOpenOnTheirDayInvitingOnlyResidentsWhoAgreedAndNeverInQuietHours()
    {
        // Friday 1 January 2027, 08:00 in Hilversum: the wijkanalyse starts today, but it is still night (quiet until 09:00).
        await using var year = new WijkjaarApp(AmsterdamTime.At(new DateOnly(2027, 1, 1), TimeSpan.FromHours(8)));
        var centrum = await AdminAccounts.CoordinatorAsync(year.Services, "Carla", "Centrum");
        var oost = await AdminAccounts.CoordinatorAsync(year.Services, "Omar", "Oost");
        var asked = await year.ResidentAsync("Centrum", mayBeAsked: true);
        var notAsked = await year.ResidentAsync("Centrum", mayBeAsked: false);
        var forgotten = await year.ResidentAsync("Centrum", mayBeAsked: true, erased: true);
        var inOost = await year.ResidentAsync("Oost", mayBeAsked: true);

        var night = await year.WithAsync<WijkjaarFasen, WijkjaarOpening>(f => f.OpenDueAsync(CancellationToken.None));
        Assert.Null(night.Fase);
        Assert.Equal(AmsterdamTime.At(new DateOnly(2027, 1, 1), TimeSpan.FromHours(9)), night.RetryAt);
        Assert.Empty(await year.EventsAsync(asked));
        Assert.Empty(await year.MailsAsync());

        year.MoveTo(2027, 1, 1, 9);
        var opened = await year.WithAsync<WijkjaarFasen, WijkjaarOpening>(f => f.OpenDueAsync(CancellationToken.None));
        Assert.Equal(WijkjaarFase.Wijkanalyse, opened.Fase);
        Assert.Equal(8, opened.OpenedIn.Count);
        Assert.Equal(2, opened.Invited);
        Assert.Contains(await year.BubblesAsync(asked), b => b.Contains("De komende weken praten we met bewoners van Centrum. Wat gaat goed in je wijk?", StringComparison.Ordinal));
        Assert.Contains(await year.BubblesAsync(inOost), b => b.Contains("bewoners van Oost", StringComparison.Ordinal));
        Assert.Empty(await year.EventsAsync(notAsked));
        Assert.Empty(await year.EventsAsync(forgotten));
        var invitation = Assert.Single(await year.EventsAsync(asked));
        Assert.False(await year.WithAsync<QuietHours, bool>(q => Task.FromResult(q.IsQuiet(new DateTimeOffset(invitation.ReceivedUtc)))));

        // One e-mail per coordinator, about their own wijk, with a link and no resident in it.
        var mails = await year.MailsAsync();
        var carla = Assert.Single(mails, m => m.To == centrum.Email);
        Assert.Equal("BuurtBot: wijkanalyse begint in wijk Centrum", carla.Subject);
        Assert.Contains("https://buurtbot.test/admin/wijkjaar", carla.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(asked.ToString(), carla.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("BuurtBot: wijkanalyse begint in wijk Oost", Assert.Single(mails, m => m.To == oost.Email).Subject);
        Assert.Equal(NotificationKind.Wijkjaar, carla.Kind);

        // The next day (and a repeat of the job) opens nothing again and invites nobody twice; a resident who just agreed is invited.
        year.MoveTo(2027, 1, 2, 10);
        var late = await year.ResidentAsync("Centrum", mayBeAsked: true);
        var again = await year.WithAsync<WijkjaarFasen, WijkjaarOpening>(f => f.OpenDueAsync(CancellationToken.None));
        Assert.Empty(again.OpenedIn);
        Assert.Equal(1, again.Invited);
        Assert.Single(await year.EventsAsync(asked));
        Assert.Single(await year.EventsAsync(late));
        Assert.Equal(mails.Count, (await year.MailsAsync()).Count);

        // Monday 1 March: the wijkagenda. The resident gets the wijkagenda question itself.
        year.MoveTo(2027, 3, 1, 10);
        var agenda = await year.WithAsync<WijkjaarFasen, WijkjaarOpening>(f => f.OpenDueAsync(CancellationToken.None));
        Assert.Equal(WijkjaarFase.Wijkagenda, agenda.Fase);
        Assert.Contains(await year.BubblesAsync(asked), b => b.Contains("Eén keer per jaar vragen we: wat vind jij belangrijk in je buurt?", StringComparison.Ordinal));
        Assert.Equal("BuurtBot: wijkagenda begint in wijk Centrum", (await year.MailsAsync()).Last(m => m.To == centrum.Email).Subject);

        // July: between phases nothing opens; the wijk stands at the last phase it opened.
        year.MoveTo(2027, 7, 15, 10);
        Assert.Null((await year.WithAsync<WijkjaarFasen, WijkjaarOpening>(f => f.OpenDueAsync(CancellationToken.None))).Fase);
        var jaar = await year.WithDbAsync(db => db.Set<WijkjaarEntity>().AsNoTracking().SingleAsync(j => j.Wijk == "Centrum" && j.Year == 2027));
        Assert.Equal(WijkjaarFase.Wijkagenda, jaar.Huidig);
        Assert.Null(jaar.BuurtactiviteitenplanOpenedUtc);
    }

    [Fact]
    public async Task TheAdminPageShowsWhereEachWijkStands()
    {
        await using var year = new WijkjaarApp(AmsterdamTime.At(new DateOnly(2027, 3, 2), TimeSpan.FromHours(10)));
        var carla = await AdminAccounts.CoordinatorAsync(year.Services, "Carla", "Centrum");
        await year.WithAsync<WijkjaarFasen, WijkjaarOpening>(f => f.OpenDueAsync(CancellationToken.None));
        using var browser = new AdminHttpSession(year.App.BaseAddress);
        await browser.SignInAsync(carla.Email, AdminAccounts.Password);

        var html = System.Net.WebUtility.HtmlDecode(await (await browser.GetAsync("/admin/wijkjaar")).Content.ReadAsStringAsync());

        Assert.Contains("Wijkjaar 2027: waar staat elke wijk?", html, StringComparison.Ordinal);
        Assert.Matches("data-wijk=\"Centrum\">.*?<td class=\"huidig\">Wijkagenda</td>", html.ReplaceLineEndings(""));
        Assert.Contains("1 maart – 30 april 2027", html, StringComparison.Ordinal);
        Assert.Contains("Wijkagenda (nu)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMunicipalityCanSetItsOwnPhaseDatesAndNonsenseStopsTheStart()
    {
        await using var year = new WijkjaarApp(AmsterdamTime.At(new DateOnly(2027, 2, 15), TimeSpan.FromHours(10)));
        year.App.Settings["Wijkjaar:Wijkanalyse"] = "01-15..02-10";
        year.App.Settings["Wijkjaar:Wijkagenda"] = "02-15..04-30";
        Assert.Equal(WijkjaarFase.Wijkagenda, (await year.WithAsync<WijkjaarFasen, WijkjaarOpening>(f => f.OpenDueAsync(CancellationToken.None))).Fase);

        await using var wrong = new WijkjaarApp(DateTimeOffset.UtcNow);
        wrong.App.Settings["Wijkjaar:Wijkagenda"] = "02-15..01-30";
        var error = Assert.ThrowsAny<Exception>(() => wrong.Services);
        Assert.Contains("Wijkjaar:Wijkanalyse, Wijkagenda, Buurtactiviteitenplan and Monitoring must each be", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheQuartzJobIsScheduledEveryDayInAmsterdamTime()
    {
        await using var app = new BuurtBotApp();
        app.Settings["Scheduling:Enabled"] = "false";
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = Assert.IsAssignableFrom<ICronTrigger>(await scheduler.GetTrigger(new TriggerKey("wijkjaar-daily", "wijkjaar")));
        Assert.Equal("0 0 10 * * ?", trigger.CronExpressionString);
        Assert.Equal(AmsterdamTime.ZoneId, trigger.TimeZone.Id);
        Assert.Equal(WijkjaarFaseJob.Key, trigger.JobKey);
    }
}
