using BuurtBot.Notifications;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Wijkjaar;

/// <summary>
/// The real host on loopback with the real conversations, on a clock that a test moves through
/// a year; Quartz is off (its clock is the machine's), so tests call the phase job's service as the
/// job does. Default quiet hours (21:00–09:00 and Sunday) apply, and coordinators' e-mails are queued.
/// </summary>
public sealed class WijkjaarApp : IAsyncDisposable
{
    public WijkjaarApp(DateTimeOffset start)
    {
        Clock = new ShiftedClock(start);
        App = new KestrelBuurtBotApp();
        App.Settings["Scheduling:Enabled"] = "false";
        App.Settings["Admin:SecureCookies"] = "false";
        // A queue that is on (an SMTP host), whose sender never reaches it in these tests: they read the queue.
        App.Settings["Notifications:Smtp:Host"] = "127.0.0.1";
        App.Settings["Notifications:Smtp:Port"] = "9";
        App.Settings["Notifications:BaseUrl"] = "https://buurtbot.test";
        App.ConfigureServices = services => services.AddSingleton<TimeProvider>(Clock);
    }

    public ShiftedClock Clock { get; }

    public KestrelBuurtBotApp App { get; }

    public IServiceProvider Services => App.Services;

    /// <summary>Moves the clock to a wall-clock moment in Amsterdam.</summary>
    public void MoveTo(int year, int month, int day, int hour) =>
        Clock.SetUtcNow(BuurtBot.Scheduling.AmsterdamTime.At(new DateOnly(year, month, day), TimeSpan.FromHours(hour)));

    /// <summary>A resident's web chat in <paramref name="wijk"/>, as the intake leaves it: privacy notice agreed, and peilingen consent as given.</summary>
    public async Task<Guid> ResidentAsync(string wijk, bool mayBeAsked, bool erased = false)
    {
        var id = Guid.NewGuid();
        var now = Clock.GetUtcNow().UtcDateTime;
        await WithDbAsync(db =>
        {
            db.Conversations.Add(new Conversation
            {
                Id = id,
                Channel = "webchat",
                ChannelConversationId = $"wijkjaar-{id:N}",
                Wijk = wijk,
                ConsentUtc = now,
                PeilingenConsentUtc = mayBeAsked ? now : null,
                ErasedUtc = erased ? now : null,
                CreatedUtc = now,
                UpdatedUtc = now,
            });
            return db.SaveChangesAsync();
        });
        return id;
    }

    public async Task<T> WithAsync<TService, T>(Func<TService, Task<T>> use)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<T> WithDbAsync<T>(Func<BuurtBotDbContext, Task<T>> work) => WithAsync(work);

    /// <summary>What the bot said to the resident, in order, once every event in their inbox has been handled.</summary>
    public async Task<IReadOnlyList<string>> BubblesAsync(Guid conversationId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await WithDbAsync(db => db.Inbox.AnyAsync(i => i.ConversationId == conversationId && i.ProcessedUtc == null)))
        {
            Assert.True(DateTime.UtcNow < deadline, "The resident's turns did not run in time.");
            await Task.Delay(50);
        }

        return await WithDbAsync(async db => (IReadOnlyList<string>)await db.Transcript.AsNoTracking()
            .Where(t => t.ConversationId == conversationId && t.Author == TranscriptAuthor.Bot)
            .OrderBy(t => t.Id).Select(t => t.Text).ToListAsync());
    }

    /// <summary>The events the jobs put in the resident's inbox, with when they arrived.</summary>
    public Task<List<InboxItem>> EventsAsync(Guid conversationId) =>
        WithDbAsync(db => db.Inbox.AsNoTracking().Where(i => i.ConversationId == conversationId && i.Kind == BuurtBot.Dialogs.Messages.InboundKind.Event).OrderBy(i => i.Id).ToListAsync());

    public Task<List<NotificationMail>> MailsAsync() =>
        WithDbAsync(db => db.Set<NotificationMail>().AsNoTracking().OrderBy(m => m.Id).ToListAsync());

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
