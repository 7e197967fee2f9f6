using BuurtBot.Admin.Audit;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Domain.Monitoring;
using BuurtBot.Privacy;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BuurtBot.Tests.Privacy;

/// <summary>
/// The periods the consent text promises, on a fake clock over the real database: nothing goes
/// early, everything goes on time, and the consent text names the configured periods.
/// </summary>
public sealed class RetentionTests : IAsyncLifetime
{
    private static readonly DateTime T0 = new(2026, 1, 5, 10, 0, 0, DateTimeKind.Utc);
    private readonly BuurtBotApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task EachKindOfDataGoesAfterItsOwnPeriodAndNotBefore()
    {
        var zuid = BuurtBot.Dialogs.Domain.Areas.AreaCatalogLoader.FromEmbeddedDefault().FindWijk("Zuid")!;
        var coordinator = Actor.Coordinator("coordinator-retentie");
        var silent = Guid.NewGuid();
        var active = Guid.NewGuid();
        var withdrawn = Initiatief.Submit(new InitiatiefDraft("Ingetrokken plan Rx1", "Bel Rx2", Thema.Groen, zuid, null, null, "Doel Rx3", 2), "bewoner-rx", T0);
        withdrawn.Withdraw(Actor.Resident("bewoner-rx"), T0, "Verhuisd Rx4");
        var done = Initiatief.Submit(new InitiatiefDraft("Afgeronde tuin Rx5", "Beschrijving Rx6", Thema.Groen, zuid, null, null, "Doel Rx7", 2), "bewoner-ry", T0);
        done.ProposeWederkerigheid([new AfspraakDraft(DealSide.Bewoners, "Wij Rx8"), new AfspraakDraft(DealSide.Gemeente, "Gemeente Rx9")], T0);
        done.StartReview(coordinator, T0);
        done.ProposeDeal(done.Voorstel, coordinator, T0);
        done.AcceptDeal(DealSide.Bewoners, 1, Actor.Resident("bewoner-ry"), T0);
        done.AcceptDeal(DealSide.Gemeente, 1, coordinator, T0);
        done.StartUitvoering(coordinator, T0);
        done.StartEvaluatie(coordinator, T0);
        done.Complete(coordinator, T0);
        var running = Initiatief.Submit(new InitiatiefDraft("Lopend plan Rx10", "Nog bezig", Thema.Groen, zuid, null, null, "Doel", 2), active.ToString("D"), T0);
        await _app.QueryAsync(async db =>
        {
            db.Initiatieven.AddRange(withdrawn, done, running);
            db.Conversations.AddRange(
                new Conversation { Id = silent, Channel = "webchat", ChannelConversationId = "dl-stil-rx11", CreatedUtc = T0, UpdatedUtc = T0, ConsentUtc = T0 },
                new Conversation { Id = active, Channel = "webchat", ChannelConversationId = "dl-actief-rx12", CreatedUtc = T0, UpdatedUtc = T0, ConsentUtc = T0 });
            await db.SaveChangesAsync();
            db.Transcript.Add(new TranscriptEntry { ConversationId = silent, Author = TranscriptAuthor.Resident, Text = "Stille vraag Rx13", Payload = "{}", TimestampUtc = T0 });
            db.Inbox.Add(new InboxItem { Channel = "webchat", ChannelMessageId = "m-rx", ConversationId = active, Payload = "{\"text\":\"Bezorgd Rx14\"}", ReceivedUtc = T0, ProcessedUtc = T0 });
            db.Set<InitiatiefEvaluatie>().Add(InitiatiefEvaluatie.Submit(done.Id, 5, "Goed Rx15", "Beter Rx16", true, "bewoner-ry", T0));
            db.AuditLog.Add(new AuditEntry { TimestampUtc = T0, Actor = "Cora", Action = AuditActions.TookOver });
            return await db.SaveChangesAsync();
        });

        // Five months on: only the delivered message's copy is emptied.
        var five = await RunAtAsync(T0.AddMonths(5));
        Assert.Equal(new RetentionResult(0, 0, 1, 0), five);
        Assert.Equal("{}", await _app.QueryAsync(db => db.Inbox.Where(i => i.ChannelMessageId == "m-rx").Select(i => i.Payload).SingleAsync()));
        Assert.True(await _app.QueryAsync(db => db.Conversations.AnyAsync(c => c.Id == silent)));

        // Seven months: the silent chat that led to nothing is gone; the one behind an initiatief stays.
        var seven = await RunAtAsync(T0.AddMonths(7));
        Assert.Equal(1, seven.Conversations);
        Assert.False(await _app.QueryAsync(db => db.Conversations.AnyAsync(c => c.Id == silent)));
        Assert.False(await _app.QueryAsync(db => db.Transcript.AnyAsync(t => t.Text.Contains("Rx13"))));
        Assert.True(await _app.QueryAsync(db => db.Conversations.AnyAsync(c => c.Id == active)));
        Assert.Equal(3, await _app.QueryAsync(db => db.Initiatieven.CountAsync()));

        // Just before 24 months after they ended: still there.
        Assert.Equal(0, (await RunAtAsync(T0.AddMonths(24).AddDays(-1))).Initiatieven);

        // After: the withdrawn one is gone, the completed deal stays without names or typed texts, old audit lines go.
        var later = await RunAtAsync(T0.AddMonths(24).AddDays(1));
        Assert.Equal(2, later.Initiatieven);
        Assert.Equal(1, later.AuditLines);
        Assert.False(await _app.QueryAsync(db => db.Initiatieven.AnyAsync(i => i.Id == withdrawn.Id)));
        var kept = await _app.QueryAsync(db => db.Initiatieven.AsNoTracking().SingleAsync(i => i.Id == done.Id));
        Assert.Equal(InitiatiefStatus.Afgerond, kept.Status);
        Assert.Equal("gewist", kept.InitiatiefnemerId);
        Assert.Equal("gewist", kept.Title);
        Assert.All(kept.Deal!.Afspraken, a => Assert.Equal("gewist", a.Description));
        Assert.DoesNotContain(kept.Timeline, t => t.ActorId == "bewoner-ry");
        var evaluatie = await _app.QueryAsync(db => db.Set<InitiatiefEvaluatie>().AsNoTracking().SingleAsync(e => e.InitiatiefId == done.Id));
        Assert.Equal(5, evaluatie.Satisfaction);
        Assert.Equal("gewist", evaluatie.WentWell);
        Assert.Equal("gewist", evaluatie.ResidentId);
        Assert.True(await _app.QueryAsync(db => db.Initiatieven.AnyAsync(i => i.Id == running.Id)));
    }

    [Fact]
    public async Task TheConsentTextAndPrivacyStatementNameTheConfiguredPeriods()
    {
        await using var app = new BuurtBotApp();
        app.Settings["Privacy:RetentionClosedInitiatiefMonths"] = "18";
        app.Settings["Privacy:RetentionConversationMonths"] = "4";
        var chat = await ResidentChat.OpenAsync(app);
        await chat.ExpectReply(contains: "BuurtBot");
        await chat.ExpectReply(contains: "We bewaren het tot 18 maanden na het einde van je initiatief. Komt er geen initiatief van, dan wissen we het na 4 maanden zonder bericht.");
        await chat.Tap("Ja, dat is goed");
        await chat.ExpectReply(contains: "Wat wil je doen?");
        await chat.Tap("Privacy");
        await chat.ExpectReply(contains: "Wat wil je weten of doen?");
        await chat.Tap("Wat bewaren jullie?");
        await chat.ExpectReply(contains: "We bewaren het tot 18 maanden na het einde van je initiatief.");
    }

    private async Task<RetentionResult> RunAtAsync(DateTime now)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var retention = ActivatorUtilities.CreateInstance<RetentionService>(scope.ServiceProvider, (TimeProvider)new FakeTimeProvider(new DateTimeOffset(now)));
        return await retention.RunAsync(CancellationToken.None);
    }
}
