using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Domain.Monitoring;
using BuurtBot.Initiatieven;
using BuurtBot.Monitoring.CheckIns;
using BuurtBot.Monitoring.Evaluations;
using BuurtBot.Reminders;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static BuurtBot.Tests.Scheduling.QuietHoursTests;

namespace BuurtBot.Tests.Monitoring;

public sealed class EvaluatieAndDigestTests : IDisposable
{
    private static readonly DateTimeOffset Start = Local("2027-03-10 10:00");

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly MonitoringApp _app;

    public EvaluatieAndDigestTests()
    {
        _app = new MonitoringApp(_clock);
        _app.CreateClient();
    }

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task TheEvaluationIsPlannedOnTheDealsLastDueDateAndRunsThroughTheChat()
    {
        var (conversationId, initiatief) = await _app.SeedDealAsync(Start.UtcDateTime, dueDate: new DateOnly(2027, 6, 30));
        var plan = Assert.Single(await _app.WithScopeAsync(s => s.GetRequiredService<CheckInPlanner>().PlanAsync(CancellationToken.None)));
        Assert.Equal(Local("2027-06-30 10:00").UtcDateTime, plan.EvaluatieDueUtc);

        _clock.SetUtcNow(Local("2027-06-30 10:00"));
        var outcome = await _app.WithScopeAsync(s => s.GetRequiredService<EvaluatieService>().StartAsync(initiatief.Id, Actor.System, CancellationToken.None));
        Assert.Equal(EvaluatieStatus.Sent, outcome.Status);
        Assert.Equal(InitiatiefStatus.Evaluatie, (await _app.WithDbAsync(db => db.Initiatieven.AsNoTracking().SingleAsync())).Status);
        Assert.Equal($"evaluatie:{initiatief.Deal!.Id:D}", Assert.Single(await _app.InboxAsync(conversationId)).ChannelMessageId);

        await MonitoringApp.WaitUntilAsync(async () => (await _app.RepliesAsync(conversationId)).Count >= 2);
        foreach (var answer in new[] { "5", "Samen met de buren", "Niets", "ja" })
        {
            await _app.SayAsync(conversationId, answer);
        }

        var evaluatie = await _app.WithDbAsync(db => db.Set<InitiatiefEvaluatie>().AsNoTracking().SingleAsync());
        Assert.Equal((5, "Samen met de buren", "Niets", true), (evaluatie.Satisfaction, evaluatie.WentWell, evaluatie.CouldBeBetter, evaluatie.WouldDoAgain));
        Assert.Contains(await _app.WithDbAsync(db => db.Set<CoordinatorTask>().AsNoTracking().ToListAsync()), t => t.Kind == CoordinatorTaskKind.EvaluatieIngevuld);
    }

    [Fact]
    public async Task ACoordinatorMovingToEvaluatieStartsTheEvaluationInTheChat()
    {
        // Real time and a running scheduler: the move goes through the evaluation job, as the deal's end date does.
        using var app = new MonitoringApp(quartz: true);
        app.Settings["Scheduling:QuietHoursStart"] = "00:00:00";
        app.Settings["Scheduling:QuietHoursEnd"] = "00:00:00";
        app.Settings["Scheduling:QuietDays"] = "";
        app.CreateClient();
        var (conversationId, initiatief) = await app.SeedDealAsync(DateTime.UtcNow);
        var dora = await AdminAccounts.CoordinatorAsync(app.Services, "Dora", "Noordoost");

        await app.WithScopeAsync(s => s.GetRequiredService<InitiatiefWorkflow>().MoveAsync(initiatief.Id, InitiatiefStatus.Evaluatie, dora, null, CancellationToken.None));

        await MonitoringApp.WaitUntilAsync(async () => (await app.RepliesAsync(conversationId)).Any(r => r.Contains("Hoe tevreden ben je?", StringComparison.Ordinal)), seconds: 30);
        Assert.Contains(await app.InboxAsync(conversationId), item => item.ChannelMessageId == $"evaluatie:{initiatief.Deal!.Id:D}");
    }

    [Fact]
    public async Task TheDigestListsStaleIngediendAndChatsWaitingInTheQueuePastOfficeHours()
    {
        var areas = AreaCatalogLoader.FromEmbeddedDefault();
        var stale = Initiatief.Submit(new InitiatiefDraft("Bankje", "Een bankje.", Thema.Groen, areas.FindWijk("Centrum")!, null, null, "Rust", 3), "resident-a", Local("2027-02-22 10:00").UtcDateTime);
        var fresh = Initiatief.Submit(new InitiatiefDraft("Boom", "Een boom.", Thema.Groen, areas.FindWijk("Centrum")!, null, null, "Schaduw", 3), "resident-b", Local("2027-03-01 10:00").UtcDateTime);
        var queued = Guid.NewGuid();
        await _app.WithDbAsync(db =>
        {
            db.Initiatieven.AddRange(stale, fresh);
            db.Conversations.Add(new Conversation { Id = queued, Channel = "webchat", ChannelConversationId = "q", Owner = ConversationOwner.Queue, QueuedUtc = Local("2027-03-09 18:00").UtcDateTime, UpdatedUtc = Local("2027-03-09 18:00").UtcDateTime });
            return db.SaveChangesAsync();
        });

        // Thursday 11 March, 08:00: 22 Feb is 13 working days ago, 1 March 8; the chat waited since Tuesday evening.
        _clock.SetUtcNow(Local("2027-03-11 08:00"));
        Assert.Equal(2, await _app.WithScopeAsync(s => s.GetRequiredService<DigestService>().RunAsync(CancellationToken.None)));
        Assert.Equal(2, await _app.WithScopeAsync(s => s.GetRequiredService<DigestService>().RunAsync(CancellationToken.None)));

        var tasks = await _app.WithScopeAsync(s => s.GetRequiredService<CoordinatorTasks>().OpenForWijkAsync("Centrum", CancellationToken.None));
        Assert.Equal(2, tasks.Count);
        Assert.Contains(tasks, t => t.Kind == CoordinatorTaskKind.IngediendBlijftLiggen && t.InitiatiefId == stale.Id && t.WijkName == "Centrum");
        Assert.Contains(tasks, t => t.Kind == CoordinatorTaskKind.WachtInQueue && t.ConversationId == queued);
    }
}
