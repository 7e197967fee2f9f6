using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Monitoring;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Monitoring.CheckIns;
using BuurtBot.Reminders;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using BuurtBot.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static BuurtBot.Tests.Scheduling.QuietHoursTests;

namespace BuurtBot.Tests.Monitoring.CheckIns;

/// <summary>The check-in job's logic on a fake clock: cadence, quiet hours, dedupe, handoff, answers, reminders.</summary>
public sealed class CheckInJobTests : IDisposable
{
    // Wednesday 10 March 2027, 10:00 in Hilversum: uitvoering starts.
    private static readonly DateTimeOffset Start = Local("2027-03-10 10:00");

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly MonitoringApp _app;

    public CheckInJobTests()
    {
        _app = new MonitoringApp(_clock);
        _app.CreateClient();
    }

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task NoCheckInBeforeTheCadenceThenExactlyOneWhenDue()
    {
        var (conversationId, initiatief) = await _app.SeedDealAsync(Start.UtcDateTime);
        await PlanAsync();

        _clock.SetUtcNow(Local("2027-04-07 08:30"));
        Assert.Equal(CheckInStatus.NotDue, (await SendDueAsync(initiatief.Id)).Status);

        _clock.SetUtcNow(Local("2027-04-07 10:00"));
        var sent = await SendDueAsync(initiatief.Id);
        Assert.Equal(CheckInStatus.Sent, sent.Status);
        Assert.Equal(CheckInStatus.AlreadySent, (await SendDueAsync(initiatief.Id)).Status);

        var item = Assert.Single(await _app.InboxAsync(conversationId));
        Assert.Equal($"checkin:{initiatief.Deal!.Id:D}:2027-04-07", item.ChannelMessageId);
        Assert.Equal(InboundKind.Event, item.Kind);
        await MonitoringApp.WaitUntilAsync(async () => (await _app.RepliesAsync(conversationId)).Count >= 2);
        Assert.Contains(await _app.RepliesAsync(conversationId), reply => MonitoringApp.ResidentAfspraken.Any(a => reply.StartsWith($"Hoe gaat het met: {a}", StringComparison.Ordinal)));

        // The gemeente's afspraak went to the coordinators as a task, once.
        var tasks = await _app.WithDbAsync(db => db.Set<CoordinatorTask>().AsNoTracking().ToListAsync());
        Assert.Equal([CoordinatorTaskKind.GemeenteCheckIn], tasks.Select(t => t.Kind));
    }

    [Fact]
    public async Task TwoTriggersRacingForTheSameRoundStoreOneInboxItem()
    {
        var (conversationId, initiatief) = await _app.SeedDealAsync(Start.UtcDateTime);
        await PlanAsync();
        _clock.SetUtcNow(Local("2027-04-07 10:00"));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => SendDueAsync(initiatief.Id))));

        Assert.Single(outcomes, o => o.Status == CheckInStatus.Sent);
        Assert.Single(await _app.InboxAsync(conversationId));
        Assert.Equal(1, await _app.WithDbAsync(db => db.Set<CheckInRound>().CountAsync()));
    }

    [Fact]
    public async Task ACheckInDueInQuietHoursWaitsForMondayMorning()
    {
        // Uitvoering started on a Saturday evening: four weeks later is Saturday 21:30, quiet.
        var (conversationId, initiatief) = await _app.SeedDealAsync(Local("2027-03-13 21:30").UtcDateTime);
        var plan = Assert.Single(await PlanAsync());
        Assert.Equal(Local("2027-04-12 09:00").UtcDateTime, plan.FirstCheckInUtc);

        // A late fire (after an outage) at Sunday noon is held back too.
        _clock.SetUtcNow(Local("2027-04-18 12:00"));
        var outcome = await SendDueAsync(initiatief.Id);
        Assert.Equal(CheckInStatus.Deferred, outcome.Status);
        Assert.Equal(Local("2027-04-19 09:00"), outcome.RetryAt);
        Assert.Empty(await _app.InboxAsync(conversationId));

        _clock.SetUtcNow(outcome.RetryAt!.Value);
        Assert.Equal(CheckInStatus.Sent, (await SendDueAsync(initiatief.Id, outcome.Due)).Status);
        Assert.EndsWith(":2027-04-12", Assert.Single(await _app.InboxAsync(conversationId)).ChannelMessageId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCheckInWhileACoordinatorHoldsTheChatItRunsWhenTheBotIsBack()
    {
        var (conversationId, initiatief) = await _app.SeedDealAsync(Start.UtcDateTime);
        await SetOwnerAsync(conversationId, ConversationOwner.Coordinator);
        await PlanAsync();
        _clock.SetUtcNow(Local("2027-04-07 10:00"));

        Assert.Equal(CheckInStatus.Sent, (await SendDueAsync(initiatief.Id)).Status);
        await Task.Delay(300);
        Assert.Null(Assert.Single(await _app.InboxAsync(conversationId)).ProcessedUtc);
        Assert.Empty(await _app.RepliesAsync(conversationId));

        await SetOwnerAsync(conversationId, ConversationOwner.Bot);
        _app.Services.GetRequiredService<TurnQueue>().Enqueue(conversationId);
        await MonitoringApp.WaitUntilAsync(async () => (await _app.RepliesAsync(conversationId)).Count >= 2);
        Assert.Contains("Bewonerstuin Stroeslaan", (await _app.RepliesAsync(conversationId))[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACheckInAsksOnlyAboutAfsprakenThatHaveBegunAndAreNotDoneNamedAsAgreed()
    {
        // Cleaning the bench starts once it is placed (1 June); the neighbours were already asked.
        var (conversationId, initiatief) = await _app.SeedDealAsync(Start.UtcDateTime, residentAfspraken:
        [
            new AfspraakDraft(DealSide.Bewoners, "Wij vragen de buren om mee te doen."),
            new AfspraakDraft(DealSide.Bewoners, "Wij maken de bank elke maand schoon.", StartDate: new DateOnly(2027, 6, 1)),
            new AfspraakDraft(DealSide.Bewoners, "Wij zetten een tuinplan op papier.", DueDate: new DateOnly(2027, 5, 1)),
        ], done: ["Wij vragen de buren om mee te doen."]);
        await PlanAsync();

        _clock.SetUtcNow(Local("2027-04-07 10:00"));
        Assert.Equal(CheckInStatus.Sent, (await SendDueAsync(initiatief.Id)).Status);
        await MonitoringApp.WaitUntilAsync(async () => (await _app.RepliesAsync(conversationId)).Count >= 2);
        await _app.SayAsync(conversationId, "Loopt goed");
        await _app.SayAsync(conversationId, "Nee, verder");

        var april = await _app.RepliesAsync(conversationId);
        Assert.Equal("Hoe gaat het met: Wij zetten een tuinplan op papier. (klaar op 1 mei 2027)", april[1]);
        Assert.DoesNotContain(april, r => r.Contains("schoon", StringComparison.Ordinal) || r.Contains("buren om mee", StringComparison.Ordinal));
        Assert.StartsWith("Dank je wel!", april[^1], StringComparison.Ordinal);

        // June: the bench is there, so its cleaning is asked about now.
        _clock.SetUtcNow(Local("2027-06-02 10:00"));
        Assert.Equal(CheckInStatus.Sent, (await SendDueAsync(initiatief.Id)).Status);
        await MonitoringApp.WaitUntilAsync(async () => (await _app.RepliesAsync(conversationId)).Count >= april.Count + 2);
        await _app.SayAsync(conversationId, "Loopt goed");
        await _app.SayAsync(conversationId, "Nee, verder");
        var june = (await _app.RepliesAsync(conversationId)).Skip(april.Count).ToList();
        Assert.Contains("Hoe gaat het met: Wij maken de bank elke maand schoon.", june);
    }

    [Fact]
    public async Task NoCheckInIsSentWhileEveryBewonersAfspraakStartsLater()
    {
        var (conversationId, initiatief) = await _app.SeedDealAsync(Start.UtcDateTime, residentAfspraken:
        [
            new AfspraakDraft(DealSide.Bewoners, "Wij maken de bank elke maand schoon.", StartDate: new DateOnly(2027, 6, 1)),
        ]);
        await PlanAsync();

        _clock.SetUtcNow(Local("2027-04-07 10:00"));

        Assert.Equal(CheckInStatus.NothingToAsk, (await SendDueAsync(initiatief.Id)).Status);
        Assert.Empty(await _app.InboxAsync(conversationId));
    }

    [Fact]
    public async Task AnswersAreStoredAsMonitoringEntriesAndDriveTheAfspraakStatus()
    {
        var (conversationId, initiatief) = await _app.SeedDealAsync(Start.UtcDateTime);
        await PlanAsync();
        _clock.SetUtcNow(Local("2027-04-07 10:00"));
        await SendDueAsync(initiatief.Id);
        await MonitoringApp.WaitUntilAsync(async () => (await _app.RepliesAsync(conversationId)).Count >= 2);

        foreach (var text in new[] { "Loopt goed", "Nee, verder", "Loopt achter", "Het regent veel", "Hulp nodig", "Nee, verder" })
        {
            await _app.SayAsync(conversationId, text);
        }

        var entries = await _app.WithDbAsync(db => db.Set<MonitoringEntry>().AsNoTracking().OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([false, true, true], entries.Select(e => e.Flagged));
        Assert.Equal("Het regent veel", entries[1].Comment);
        Assert.All(entries, e => Assert.Equal(conversationId.ToString("D"), e.ById));

        var stored = await _app.WithDbAsync(db => db.Initiatieven.AsNoTracking().SingleAsync());
        Assert.All(stored.Deal!.AfsprakenOf(DealSide.Bewoners), a => Assert.Equal(AfspraakStatus.Bezig, a.Status));
        Assert.Equal(AfspraakStatus.Open, stored.Deal.AfsprakenOf(DealSide.Gemeente).Single().Status);
        Assert.NotNull((await _app.WithDbAsync(db => db.Set<CheckInRound>().AsNoTracking().SingleAsync())).AnsweredUtc);
        Assert.Equal(ConversationOwner.Queue, (await _app.WithDbAsync(db => db.Conversations.AsNoTracking().SingleAsync(c => c.Id == conversationId))).Owner);
        Assert.Contains(await _app.WithDbAsync(db => db.Set<CoordinatorTask>().AsNoTracking().ToListAsync()), t => t.Kind == CoordinatorTaskKind.HulpNodig);
    }

    [Fact]
    public async Task NoAnswerGetsOneReminderAfterAWeekAndTheCoordinatorIsToldAWeekLater()
    {
        var (conversationId, initiatief) = await _app.SeedDealAsync(Start.UtcDateTime);
        await _app.WithDbAsync(db => db.Conversations.Where(c => c.Id == conversationId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Owner, ConversationOwner.Coordinator)));
        await PlanAsync();
        _clock.SetUtcNow(Local("2027-04-07 10:00"));
        await SendDueAsync(initiatief.Id);

        _clock.SetUtcNow(Local("2027-04-14 09:59"));
        Assert.Equal(new ReminderRun(0, 0), await RemindAsync());
        _clock.SetUtcNow(Local("2027-04-14 10:00"));
        Assert.Equal(new ReminderRun(1, 0), await RemindAsync());
        Assert.Equal(new ReminderRun(0, 0), await RemindAsync());
        Assert.EndsWith(":herinnering", (await _app.InboxAsync(conversationId))[1].ChannelMessageId, StringComparison.Ordinal);

        _clock.SetUtcNow(Local("2027-04-21 10:00"));
        Assert.Equal(new ReminderRun(0, 1), await RemindAsync());
        var plan = await _app.WithDbAsync(db => db.Set<MonitoringPlan>().AsNoTracking().SingleAsync());
        Assert.Equal(Local("2027-04-07 10:00").UtcDateTime, plan.NoResponseSinceUtc);
        var task = Assert.Single(await _app.WithDbAsync(db => db.Set<CoordinatorTask>().AsNoTracking().Where(t => t.Kind == CoordinatorTaskKind.GeenReactie).ToListAsync()));
        Assert.Equal("Noordoost", task.WijkName);
    }

    [Fact]
    public async Task TheReminderSaysHowLongAgoTheCheckInReallyWasAsked()
    {
        var (conversationId, initiatief) = await _app.SeedDealAsync(Start.UtcDateTime);
        await PlanAsync();
        _clock.SetUtcNow(Local("2027-04-07 10:00"));
        await SendDueAsync(initiatief.Id);
        await MonitoringApp.WaitUntilAsync(async () => (await _app.RepliesAsync(conversationId)).Count >= 2);

        _clock.SetUtcNow(Local("2027-04-14 10:00"));
        Assert.Equal(new ReminderRun(1, 0), await RemindAsync());

        await MonitoringApp.WaitUntilAsync(async () => (await _app.RepliesAsync(conversationId)).Any(r => r.Contains("nog geen antwoord", StringComparison.Ordinal)));
        var reminder = (await _app.RepliesAsync(conversationId)).Single(r => r.Contains("nog geen antwoord", StringComparison.Ordinal));
        Assert.StartsWith("Hallo! Een week geleden vroeg ik", reminder, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnreachableResidentIsSkippedAndShownToTheCoordinator()
    {
        var (conversationId, initiatief) = await _app.SeedDealAsync(Start.UtcDateTime);
        await _app.WithDbAsync(db => db.Conversations.Where(c => c.Id == conversationId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Unreachable, true)));
        await PlanAsync();
        _clock.SetUtcNow(Local("2027-04-07 10:00"));

        Assert.Equal(CheckInStatus.Unreachable, (await SendDueAsync(initiatief.Id)).Status);
        Assert.Empty(await _app.InboxAsync(conversationId));
        Assert.Contains(await _app.WithDbAsync(db => db.Set<CoordinatorTask>().AsNoTracking().ToListAsync()), t => t.Kind == CoordinatorTaskKind.Onbereikbaar);
    }

    private Task<IReadOnlyList<MonitoringPlan>> PlanAsync() =>
        _app.WithScopeAsync(services => services.GetRequiredService<CheckInPlanner>().PlanAsync(CancellationToken.None));

    private Task<CheckInOutcome> SendDueAsync(Guid initiatiefId, DateTimeOffset? due = null) =>
        _app.WithScopeAsync(services => services.GetRequiredService<CheckInService>().SendDueAsync(initiatiefId, due, CancellationToken.None));

    private Task<ReminderRun> RemindAsync() =>
        _app.WithScopeAsync(services => services.GetRequiredService<ReminderService>().RunAsync(CancellationToken.None));

    private Task<int> SetOwnerAsync(Guid conversationId, ConversationOwner owner) =>
        _app.WithDbAsync(db => db.Conversations.Where(c => c.Id == conversationId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Owner, owner)));
}
