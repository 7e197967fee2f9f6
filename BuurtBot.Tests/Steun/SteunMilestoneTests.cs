using BuurtBot.Dialogs.Conversations.Steun;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Domain.Steun;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Steun;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using BuurtBot.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Steun;

/// <summary>The initiatiefnemer hears of 5, 10 and 25 supporters once each, however many neighbours tap at the same moment.</summary>
public sealed class SteunMilestoneTests : IAsyncLifetime
{
    private readonly BuurtBotApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task TwoNeighboursTappingAtOnceToReachFiveAreHeardOnce()
    {
        var owner = await ResidentChat.WithConsentAsync(_app);
        await owner.ExpectReply(contains: "Wat wil je doen?");
        var ownerId = await owner.ResidentIdAsync(_app);
        var code = ShareCodes.New();
        var initiatief = await TestInitiatieven.SeedAsync(_app.Services, "Buurtfeest Zuidwest", "Zuidwest", ownerId, shape: (i, now) => i.PublishApproved(code, now));
        await AddSupportersAsync(initiatief.Id, 3);

        var neighbours = new List<ResidentChat>();
        for (var n = 0; n < 2; n++)
        {
            var chat = await ResidentChat.WithConsentAsync(_app);
            await chat.ExpectReply(contains: "Wat wil je doen?");
            await chat.OpenShareLink(code);
            await chat.ExpectReply(contains: "Buurtfeest Zuidwest");
            await chat.ExpectReply(contains: "Wil je dit initiatief steunen?");
            neighbours.Add(chat);
        }

        await Task.WhenAll(neighbours.Select(chat => chat.Tap("Ik steun dit")));
        foreach (var chat in neighbours)
        {
            await chat.ExpectReply(contains: "Dank je wel!");
            await chat.ExpectReply(contains: "Wat wil je doen?");
        }

        await owner.ExpectReply(contains: "Goed nieuws! 5 bewoners steunen nu je initiatief ‘Buurtfeest Zuidwest’.");
        await owner.ExpectReply(contains: "Wat wil je doen?");
        Assert.Equal(5, await _app.QueryAsync(db => db.Steun.CountAsync()));
        Assert.Equal([5], await _app.QueryAsync(db => db.Set<SteunMijlpaal>().Select(m => m.Supporters).ToListAsync()));
        Assert.Equal(1, await MilestoneEventsAsync(Guid.Parse(ownerId)));
    }

    [Fact]
    public async Task ManyTurnsCheckingTheMilestonesAtOnceRecordAndTellEachOnce()
    {
        var owner = await ResidentChat.WithConsentAsync(_app);
        await owner.ExpectReply(contains: "Wat wil je doen?");
        var ownerId = Guid.Parse(await owner.ResidentIdAsync(_app));
        var initiatief = await TestInitiatieven.SeedAsync(_app.Services, "Wadi Noordoost", "Noordoost", ownerId.ToString("D"), shape: (i, now) => i.PublishApproved(ShareCodes.New(), now));
        await AddSupportersAsync(initiatief.Id, 11);

        // Eight turns that each just counted a support run their after-turn check at the same moment.
        using var start = new ManualResetEventSlim();
        var turns = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await using var scope = _app.Services.CreateAsyncScope();
            var milestones = scope.ServiceProvider.GetRequiredService<SteunMilestones>();
            milestones.CheckAfterTurn(initiatief.Id);
            start.Wait();
            await milestones.AfterTurnAsync(new SavedTurn(Guid.NewGuid(), long.MaxValue, long.MaxValue), CancellationToken.None);
        })).ToList();
        start.Set();
        await Task.WhenAll(turns);

        Assert.Equal([5, 10], await _app.QueryAsync(db => db.Set<SteunMijlpaal>().OrderBy(m => m.Supporters).Select(m => m.Supporters).ToListAsync()));
        Assert.Equal(2, await MilestoneEventsAsync(ownerId));
        await owner.ExpectReply(contains: "Goed nieuws! 5 bewoners");
        await owner.ExpectReply(contains: "Wat wil je doen?");
        await owner.ExpectReply(contains: "Goed nieuws! 10 bewoners");
        await owner.ExpectReply(contains: "Wat wil je doen?");
    }

    private async Task AddSupportersAsync(Guid initiatiefId, int count)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        var initiatief = await db.Initiatieven.AsNoTracking().SingleAsync(i => i.Id == initiatiefId);
        for (var n = 0; n < count; n++)
        {
            db.Steun.Add(InitiatiefSteun.Give(initiatief, $"buur-{n}", DateTime.UtcNow));
        }

        await db.SaveChangesAsync();
    }

    private Task<int> MilestoneEventsAsync(Guid conversationId) => _app.QueryAsync(async db =>
        (await db.Inbox.AsNoTracking().Where(i => i.ConversationId == conversationId && i.Kind == InboundKind.Event).ToListAsync())
            .Count(i => MessageJson.ReadInbound(i.Payload).EventName == SteunMilestoneDialog.EventName));
}
