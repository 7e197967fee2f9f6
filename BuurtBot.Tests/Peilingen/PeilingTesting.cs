using BuurtBot.Dialogs.Domain.Peilingen;
using BuurtBot.Peilingen;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using BuurtBot.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BuurtBot.Tests.Peilingen;

/// <summary>
/// The real conversation on a host, and residents and peilingen made the way the admin page and the
/// consent question would make them. The send and close services are called as their jobs call them.
/// </summary>
public static class PeilingTesting
{
    /// <summary>The real BuurtBot conversation, Quartz off; no quiet hours unless a fake clock is given (then the real ones).</summary>
    public static T WithPeilingen<T>(this T app, FakeTimeProvider? clock = null)
        where T : BuurtBotApp
    {
        app.UseWelcomeBot = false;
        app.Settings["Scheduling:Enabled"] = "false";
        if (clock is null)
        {
            app.Settings["Scheduling:QuietHoursStart"] = "00:00:00";
            app.Settings["Scheduling:QuietHoursEnd"] = "00:00:00";
            app.Settings["Scheduling:QuietDays"] = "";
        }
        else
        {
            var before = app.ConfigureServices;
            app.ConfigureServices = services =>
            {
                before?.Invoke(services);
                services.AddSingleton<TimeProvider>(clock);
            };
        }

        return app;
    }

    /// <summary>A chat the resident already has: they agreed to the privacy notice and (unless not) to peilingen, in this area.</summary>
    public static async Task MakeResidentAsync(this BuurtBotApp app, Guid conversationId, string? wijk, string? buurt, bool peilingen = true)
    {
        var now = DateTime.UtcNow;
        await app.WithDbAsync(db => db.Conversations.Where(c => c.Id == conversationId).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.ConsentUtc, now)
            .SetProperty(c => c.PeilingenAskedUtc, now)
            .SetProperty(c => c.PeilingenConsentUtc, peilingen ? now : null)
            .SetProperty(c => c.Wijk, wijk)
            .SetProperty(c => c.Buurt, buurt)));
    }

    /// <summary>A resident with a web chat conversation made straight in the database (the channel is not what the test is about).</summary>
    public static async Task<Guid> SeedResidentAsync(this BuurtBotApp app, string? wijk, string? buurt, bool peilingen = true, DateTime? now = null)
    {
        var id = Guid.NewGuid();
        var at = now ?? DateTime.UtcNow;
        await app.WithDbAsync(db =>
        {
            db.Conversations.Add(new Conversation
            {
                Id = id,
                Channel = "webchat",
                ChannelConversationId = $"test-{id:N}",
                ConsentUtc = at,
                PeilingenAskedUtc = at,
                PeilingenConsentUtc = peilingen ? at : null,
                Wijk = wijk,
                Buurt = buurt,
                CreatedUtc = at,
                UpdatedUtc = at,
            });
            return db.SaveChangesAsync();
        });
        return id;
    }

    public static async Task<Peiling> StartPeilingAsync(this BuurtBotApp app, PeilingDraft draft, DateTime now)
    {
        var peiling = Peiling.Create(draft, "coordinator-1", now);
        await app.WithDbAsync(db =>
        {
            db.Add(peiling);
            return db.SaveChangesAsync();
        });
        return peiling;
    }

    public static Task<PeilingOutcome> SendPeilingAsync(this BuurtBotApp app, Guid peilingId) =>
        app.WithScopeAsync(services => services.GetRequiredService<PeilingSender>().SendAsync(peilingId, CancellationToken.None));

    public static Task<PeilingOutcome> ClosePeilingAsync(this BuurtBotApp app, Guid peilingId) =>
        app.WithScopeAsync(services => services.GetRequiredService<PeilingCloser>().CloseAsync(peilingId, CancellationToken.None));

    public static Task<List<PeilingAnswer>> AnswersAsync(this BuurtBotApp app, Guid peilingId) =>
        app.WithDbAsync(db => db.Set<PeilingAnswer>().AsNoTracking().Where(a => a.PeilingId == peilingId).ToListAsync());

    public static Task<List<InboxItem>> EventsAsync(this BuurtBotApp app, Guid conversationId) =>
        app.WithDbAsync(db => db.Inbox.AsNoTracking().Where(i => i.ConversationId == conversationId && i.Kind == BuurtBot.Dialogs.Messages.InboundKind.Event).ToListAsync());

    public static Task<List<string>> BotSaidAsync(this BuurtBotApp app, Guid conversationId) =>
        app.WithDbAsync(db => db.Transcript.AsNoTracking()
            .Where(t => t.ConversationId == conversationId && t.Author == TranscriptAuthor.Bot)
            .OrderBy(t => t.Id).Select(t => t.Text).ToListAsync());

    /// <summary>The resident sends a message (a typed text, or a tapped button's value) into the inbox, as a channel would.</summary>
    public static async Task SendAsync(this BuurtBotApp app, Guid conversationId, string text, string? value = null)
    {
        var messageId = Guid.NewGuid().ToString("N");
        await app.WithScopeAsync(async services =>
        {
            var conversation = await services.GetRequiredService<BuurtBotDbContext>().Conversations.AsNoTracking().SingleAsync(c => c.Id == conversationId);
            return await services.GetRequiredService<Inbox>().StoreAsync(
                new InboundEnvelope(conversation.Channel, conversation.ChannelConversationId, messageId, new BuurtBot.Dialogs.Messages.InboundMessage { Text = text, Value = value }),
                CancellationToken.None);
        });
        await EventuallyAsync(() => app.WithDbAsync(async db => (await db.Inbox.AsNoTracking().SingleAsync(i => i.ChannelMessageId == messageId)).ProcessedUtc is not null), "the turn ran");
    }

    public static async Task<T> WithScopeAsync<T>(this BuurtBotApp app, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public static Task<T> WithDbAsync<T>(this BuurtBotApp app, Func<BuurtBotDbContext, Task<T>> work) =>
        app.WithScopeAsync(services => work(services.GetRequiredService<BuurtBotDbContext>()));

    public static Task EventuallyAsync(Func<Task<bool>> condition, string what) => TelegramBotApp.EventuallyAsync(condition, what);
}
