using BuurtBot.Dialogs.Conversations.Peiling;
using BuurtBot.Dialogs.Domain.Peilingen;
using BuurtBot.Dialogs.Domain.Steun;
using BuurtBot.Peilingen;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace BuurtBot.Tests.Peilingen;

/// <summary>
/// A steun peiling among an initiatief's supporters, on a fake clock with the real quiet hours: it
/// closes at its closing time, and its result reaches the participants and the initiatiefnemer (and
/// the timeline, with draagvlak) when quiet hours are over.
/// </summary>
public sealed class PeilingClosingTests : IAsyncLifetime
{
    // Monday 30 November 2026, 10:00 in Hilversum; the peiling closes Tuesday 21:30, in quiet hours.
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTime Closes = new(2026, 12, 1, 20, 30, 0, DateTimeKind.Utc);
    private static readonly DateTimeOffset QuietEnds = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly BuurtBotApp _app;

    public PeilingClosingTests()
    {
        _app = new BuurtBotApp().WithPeilingen(_clock);
        _app.Settings["Peilingen:DraagvlakMinAnswers"] = "3";
        _app.Settings["Peilingen:DraagvlakThreshold"] = "0.6";
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task ThePeilingClosesOnTimeAndItsResultReachesParticipantsInitiatiefnemerAndTimelineAfterQuietHours()
    {
        var now = Start.UtcDateTime;
        var initiatiefnemer = await _app.SeedResidentAsync("Oost", null, peilingen: false, now);
        var initiatief = await TestInitiatieven.SeedAsync(_app.Services, "Speelveld Oostereng", "Oost", residentId: initiatiefnemer.ToString("D"));
        var (anna, bert, cor) = (await _app.SeedResidentAsync("Zuid", null, now: now), await _app.SeedResidentAsync(null, null, now: now), await _app.SeedResidentAsync("Oost", null, now: now));
        var noPeilingen = await _app.SeedResidentAsync("Oost", null, peilingen: false, now);
        var notASupporter = await _app.SeedResidentAsync("Oost", null, now: now);
        await _app.WithDbAsync(db =>
        {
            foreach (var supporter in new[] { anna, bert, cor, noPeilingen })
            {
                db.Steun.Add(InitiatiefSteun.Give(initiatief, supporter.ToString("D"), now));
            }

            return db.SaveChangesAsync();
        });

        var peiling = await _app.StartPeilingAsync(
            new PeilingDraft(PeilingKind.Steun, "Steun jij het speelveld aan de Oostereng?", [], PeilingTarget.Supporters, "Oost", null, initiatief.Id, now, Closes), now);
        await _app.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<PeilingScheduler>().ScheduleAsync(peiling, CancellationToken.None);
            var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            Assert.Equal(new DateTimeOffset(Closes), (await scheduler.GetTrigger(PeilingTriggers.CloseKey(peiling.Id)))!.StartTimeUtc);
            return true;
        });

        Assert.Equal(new PeilingOutcome(PeilingStep.Done, 3), await _app.SendPeilingAsync(peiling.Id));
        Assert.Equal(new PeilingOutcome(PeilingStep.Done, 0), await _app.SendPeilingAsync(peiling.Id));
        Assert.Empty(await _app.EventsAsync(noPeilingen));
        Assert.Empty(await _app.EventsAsync(notASupporter));
        foreach (var resident in new[] { anna, bert, cor })
        {
            await PeilingTesting.EventuallyAsync(async () => (await _app.BotSaidAsync(resident)).Any(t => t.Contains("speelveld", StringComparison.Ordinal)), "the question arrives");
        }

        await _app.SendAsync(anna, "Ja", PeilingToken.For(peiling.Id, 0));
        await _app.SendAsync(anna, "Ja", PeilingToken.For(peiling.Id, 0));
        await _app.SendAsync(bert, "ja");
        await _app.SendAsync(cor, "Nee", PeilingToken.For(peiling.Id, 1));
        Assert.Equal(3, (await _app.AnswersAsync(peiling.Id)).Count);

        // Not yet: the trigger fired early (or twice); nothing closes before its time.
        Assert.Equal(PeilingStep.Deferred, (await _app.ClosePeilingAsync(peiling.Id)).Step);

        _clock.SetUtcNow(new DateTimeOffset(Closes).AddMinutes(1));
        var closing = await _app.ClosePeilingAsync(peiling.Id);
        Assert.Equal(new PeilingOutcome(PeilingStep.Deferred, 0, QuietEnds), closing);
        Assert.Equal(PeilingStatus.Gesloten, await _app.WithDbAsync(db => db.Set<Peiling>().Where(p => p.Id == peiling.Id).Select(p => p.Status).SingleAsync()));

        await _app.SendAsync(bert, "Nee", PeilingToken.For(peiling.Id, 1));
        Assert.Contains("deze peiling is gesloten", (await _app.BotSaidAsync(bert))[^2], StringComparison.Ordinal);
        Assert.Equal(0, (await _app.AnswersAsync(peiling.Id)).Single(a => a.ResidentId == bert.ToString("D")).OptionIndex);
        Assert.DoesNotContain(await _app.BotSaidAsync(anna), t => t.Contains("uitslag", StringComparison.Ordinal));

        _clock.SetUtcNow(QuietEnds);
        Assert.Equal(new PeilingOutcome(PeilingStep.Done, 4), await _app.ClosePeilingAsync(peiling.Id));
        foreach (var resident in new[] { anna, bert, cor, initiatiefnemer })
        {
            await PeilingTesting.EventuallyAsync(async () => (await _app.BotSaidAsync(resident)).Any(t => t.Contains("uitslag", StringComparison.Ordinal)), "the result arrives");
            var result = (await _app.BotSaidAsync(resident)).Last(t => t.Contains("uitslag", StringComparison.Ordinal));
            Assert.Contains("3 buren deden mee", result, StringComparison.Ordinal);
            Assert.Contains("Ja: 2 (67%)", result, StringComparison.Ordinal);
            Assert.Contains("Nee: 1 (33%)", result, StringComparison.Ordinal);
            Assert.Contains("Er is draagvlak", result, StringComparison.Ordinal);
        }

        Assert.Empty(await _app.EventsAsync(noPeilingen));
        var timeline = await _app.WithDbAsync(db => db.Initiatieven.AsNoTracking().SingleAsync(i => i.Id == initiatief.Id));
        var note = Assert.Single(timeline.Timeline, t => t.Reason?.StartsWith("Buurtpeiling:", StringComparison.Ordinal) == true);
        Assert.Contains("Ja 2 (67%), Nee 1 (33%); 3 deelnemers; draagvlak", note.Reason, StringComparison.Ordinal);

        // A second fire sends nothing twice.
        Assert.Equal(PeilingStep.Nothing, (await _app.ClosePeilingAsync(peiling.Id)).Step);

        var open = await _app.WithScopeAsync(services => services.GetRequiredService<PeilingResults>().ClosedAsync(CancellationToken.None));
        var published = Assert.Single(open);
        Assert.Equal([2, 1], published.Options.Select(o => o.Count));
        Assert.Equal((3, "Oost", initiatief.Id, true), (published.Participants, published.Wijk, published.InitiatiefId!.Value, published.Draagvlak!.Value));
    }
}
