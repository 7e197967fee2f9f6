using BuurtBot.Dialogs.Conversations;
using BuurtBot.Dialogs.Conversations.CheckIn;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Storage;
using BuurtBot.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BuurtBot.Tests.Testing;

/// <summary>
/// The host with the monitoring dialogs registered as event dialogs, on a fake clock, with Quartz
/// off unless asked for: tests call the job services directly and move the clock themselves.
/// </summary>
public sealed class MonitoringApp : BuurtBotApp
{
    public static readonly string[] ResidentAfspraken =
    [
        "Wij zorgen voor draagvlak bij de buren.",
        "Wij zorgen voor het onderhoud van de tuin.",
        "Wij ruimen het zwerfafval op.",
    ];

    public MonitoringApp(FakeTimeProvider? clock = null, bool quartz = false, string? databasePath = null)
        : base(databasePath)
    {
        Clock = clock;
        Settings["Scheduling:Enabled"] = quartz ? "true" : "false";
        if (clock is not null)
        {
            // A fake clock moved weeks ahead fires a periodic timer once for every period it skipped: the WAL
            // checkpoint's 1 s and the e-mail queue's 5 s made a jump of three months cost 4.5 minutes of callbacks.
            // These tests neither wait for a checkpoint nor read e-mail, so both tick hourly on the fake clock.
            Settings["Storage:CheckpointEvery"] = "01:00:00";
            Settings["Notifications:PollEvery"] = "01:00:00";
        }
        ConfigureServices = services =>
        {
            if (clock is not null)
            {
                services.AddSingleton<TimeProvider>(clock);
            }

            services.AddScoped<IConversationBot>(sp => new DialogBot<MenuDialog>(new MenuDialog(), eventDialogs: SchedulingDialogs.All(sp.GetRequiredService<IMonitoringStore>())));
        };
    }

    public FakeTimeProvider? Clock { get; }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> WithDbAsync<T>(Func<BuurtBotDbContext, Task<T>> work) =>
        WithScopeAsync(services => work(services.GetRequiredService<BuurtBotDbContext>()));

    /// <summary>A resident's web chat and their initiatief, in uitvoering since <paramref name="since"/> (UTC).</summary>
    /// <param name="residentAfspraken">The bewoners' afspraken; <see cref="ResidentAfspraken"/> when not given.</param>
    /// <param name="done">Bewoners' afspraken (by description) already marked done when uitvoering starts.</param>
    public async Task<(Guid ConversationId, Initiatief Initiatief)> SeedDealAsync(
        DateTime since, DateOnly? dueDate = null, IReadOnlyList<AfspraakDraft>? residentAfspraken = null, IReadOnlyList<string>? done = null)
    {
        var conversationId = Guid.NewGuid();
        var residentId = conversationId.ToString("D");
        var areas = AreaCatalogLoader.FromEmbeddedDefault();
        var resident = Actor.Resident(residentId);
        var coordinator = Actor.Coordinator("coordinator-1");
        var now = since.AddDays(-4);
        var initiatief = Initiatief.Submit(
            new InitiatiefDraft("Bewonerstuin Stroeslaan", "Een bewonerstuin met een bank.", Thema.Groen, areas.FindWijk("Noordoost")!, null,
                InitiatiefLocation.AtStreet("Stroeslaan"), "Een groene plek.", 15),
            residentId, now);
        initiatief.StartReview(coordinator, now = now.AddDays(1));
        var afspraken = (residentAfspraken ?? [.. ResidentAfspraken.Select(text => new AfspraakDraft(DealSide.Bewoners, text))])
            .Append(new AfspraakDraft(DealSide.Gemeente, "De gemeente plaatst de bank.", null, dueDate));
        var deal = initiatief.ProposeDeal(afspraken, coordinator, now = now.AddDays(1));
        initiatief.AcceptDeal(DealSide.Bewoners, deal.Version, resident, now = now.AddDays(1));
        initiatief.AcceptDeal(DealSide.Gemeente, deal.Version, coordinator, now);
        initiatief.StartUitvoering(coordinator, since);
        foreach (var afspraak in deal.Afspraken.Where(a => done?.Contains(a.Description) == true))
        {
            initiatief.UpdateAfspraakProgress(afspraak.Id, AfspraakStatus.Gedaan, since);
        }

        await WithDbAsync(async db =>
        {
            db.Conversations.Add(new Conversation
            {
                Id = conversationId,
                Channel = "webchat",
                ChannelConversationId = $"test-{conversationId:N}",
                CreatedUtc = now,
                UpdatedUtc = now,
            });
            db.Initiatieven.Add(initiatief);
            return await db.SaveChangesAsync();
        });
        return (conversationId, initiatief);
    }

    public Task<List<InboxItem>> InboxAsync(Guid conversationId) =>
        WithDbAsync(db => db.Inbox.AsNoTracking().Where(i => i.ConversationId == conversationId).OrderBy(i => i.Id).ToListAsync());

    public Task<List<string>> RepliesAsync(Guid conversationId) =>
        WithDbAsync(db => db.Transcript.AsNoTracking()
            .Where(t => t.ConversationId == conversationId && t.Author == TranscriptAuthor.Bot)
            .OrderBy(t => t.Id).Select(t => t.Text).ToListAsync());

    /// <summary>The resident types <paramref name="text"/>; returns when the turn has run.</summary>
    public async Task SayAsync(Guid conversationId, string text)
    {
        var messageId = Guid.NewGuid().ToString("N");
        await WithScopeAsync(async services =>
        {
            var conversation = await services.GetRequiredService<BuurtBotDbContext>().Conversations.AsNoTracking().SingleAsync(c => c.Id == conversationId);
            return await services.GetRequiredService<Inbox>().StoreAsync(
                new InboundEnvelope(conversation.Channel, conversation.ChannelConversationId, messageId, InboundMessage.FromText(text)), CancellationToken.None);
        });
        await WaitUntilAsync(async () => (await InboxAsync(conversationId)).Single(i => i.ChannelMessageId == messageId).ProcessedUtc is not null);
    }

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, int seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not come true in time.");
            await Task.Delay(25);
        }
    }

    /// <summary>The trivial main dialog of these tests: says "Menu" and ends.</summary>
    public sealed class MenuDialog() : WaterfallDialog("main", [async (step, ct) =>
    {
        await step.Context.SendAsync("Menu", ct);
        return await step.EndDialogAsync(null, ct);
    }]);
}
