using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Monitoring;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BuurtBot.Tests.Monitoring;

/// <summary>The initiatief's admin page shows what monitoring did: every check-in, the answers with comments and photos, reminders and escalations.</summary>
public sealed class MonitoringTimelinePageTests(AdminBrowserFixture fixture) : IClassFixture<AdminBrowserFixture>
{
    [Fact]
    public async Task TheInitiatiefPageShowsEveryCheckInItsAnswersCommentsRemindersAndEscalations()
    {
        var coordinator = await AdminAccounts.CoordinatorAsync(fixture.App.Services, "Mila", "Noordoost");
        var initiatief = await TestInitiatieven.SeedAsync(fixture.App.Services, "Moestuin Kerkelanden", "Noordoost", shape: (i, now) =>
        {
            TestInitiatieven.WithDeal(i, now);
            i.AcceptDeal(DealSide.Bewoners, i.Deal!.Version, Actor.Resident("bewoner-zonder-chat"), now.AddSeconds(2));
            i.AcceptDeal(DealSide.Gemeente, i.Deal!.Version, Actor.Coordinator("seed"), now.AddSeconds(3));
            i.StartUitvoering(Actor.Coordinator("seed"), now.AddSeconds(4));
        });
        var afspraak = initiatief.Deal!.Afspraken.First(a => a.Side == DealSide.Bewoners);
        var start = DateTime.UtcNow.AddDays(-20);
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
            var answered = CheckInRound.Send("checkin:1", initiatief.Id, initiatief.Deal.Id, Guid.NewGuid(), start);
            answered.Answer(start.AddDays(1));
            var unanswered = CheckInRound.Send("checkin:2", initiatief.Id, initiatief.Deal.Id, Guid.NewGuid(), start.AddDays(3));
            unanswered.Remind(start.AddDays(10));
            unanswered.Escalate(start.AddDays(17));
            db.AddRange(answered, unanswered);
            db.Add(MonitoringEntry.FromResident(initiatief.Id, afspraak.Id, "checkin:1", CheckInProgress.HulpNodig,
                "De <b>slang</b> is kapot", "https://example.org/foto.jpg", "bewoner-zonder-chat", start.AddDays(1)));
            await db.SaveChangesAsync();
        }

        var page = await fixture.NewPageAsync(coordinator.Email);
        await page.GotoAsync($"/admin/initiatieven/{initiatief.Id}");

        var rows = page.Locator("#monitoring-timeline tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(5);
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("Check-in verstuurd");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("Antwoord: hulp nodig");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync(afspraak.Description);
        // What the resident typed is shown as text, markup and all.
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("De <b>slang</b> is kapot · Foto meegestuurd");
        await Assertions.Expect(rows.Nth(2)).ToContainTextAsync("Check-in verstuurd");
        await Assertions.Expect(rows.Nth(3)).ToContainTextAsync("Herinnering verstuurd");
        await Assertions.Expect(rows.Nth(4)).ToContainTextAsync("Geen reactie");
        await page.Context.CloseAsync();
    }
}
