using System.Diagnostics;
using BuurtBot.Channels.Telegram;
using BuurtBot.Dialogs.Conversations;
using BuurtBot.Dialogs.Conversations.CheckIn;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Monitoring.CheckIns;
using BuurtBot.Storage;
using BuurtBot.Turns;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

/// <summary>
/// Plans check-ins for N deals in uitvoering on the real host (SQLite, Quartz store), then sends the
/// due check-ins of all of them and measures how fast the outbox gets them out through a channel
/// limited like Telegram (30 messages a second overall, 1 per chat).
/// </summary>
internal static class SchedulingBenchmark
{
    public static async Task Main(string[] args)
    {
        var deals = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
        var sendWindow = TimeSpan.FromSeconds(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30);
        var limits = new TelegramOptions { MessagesPerSecond = 30, MessagesPerSecondPerChat = 1 };
        using var channel = new BenchChannel(limits);
        var database = Path.Combine(Path.GetTempPath(), $"buurtbot-bench-{Guid.NewGuid():N}.db");

        await using var app = new WebApplicationFactory<global::Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:BuurtBot", $"Data Source={database}");
            web.UseSetting("Scheduling:QuietHoursStart", "00:00:00");
            web.UseSetting("Scheduling:QuietHoursEnd", "00:00:00");
            web.UseSetting("Scheduling:QuietDays", "");
            web.UseSetting("Logging:LogLevel:Default", "Warning");
            web.ConfigureServices(services =>
            {
                services.AddSingleton<IChannelSender>(channel);
                services.AddScoped<IConversationBot>(sp => new DialogBot<MenuDialog>(new MenuDialog(), eventDialogs: SchedulingDialogs.All(sp.GetRequiredService<IMonitoringStore>())));
            });
        });
        app.CreateClient();

        // Uitvoering started 30 days ago, so every deal has a check-in due now.
        var since = DateTime.UtcNow.AddDays(-30);
        var ids = await SeedAsync(app.Services, deals, since);
        Console.WriteLine($"Seeded {deals} deals in uitvoering.");

        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Standby(); // Planning only: the check-ins are sent below, by the clock of this benchmark.
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        TriggerSyncResult planned;
        using (var scope = app.Services.CreateScope())
        {
            planned = await scope.ServiceProvider.GetRequiredService<CheckInTriggerSync>().SyncAsync(scheduler, CancellationToken.None);
        }

        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Console.WriteLine($"PLAN deals={planned.Planned} triggers={planned.Scheduled * 2} time={clock.Elapsed.TotalSeconds:F2}s allocated={allocated / 1048576.0:F0}MB workingSet={Environment.WorkingSet / 1048576.0:F0}MB");

        clock.Restart();
        var sendTasks = new List<Task>();
        foreach (var batch in ids.Chunk(deals / 8 + 1))
        {
            sendTasks.Add(Task.Run(async () =>
            {
                foreach (var id in batch)
                {
                    using var scope = app.Services.CreateScope();
                    await scope.ServiceProvider.GetRequiredService<CheckInService>().SendDueAsync(id, null, CancellationToken.None);
                }
            }));
        }

        await Task.WhenAll(sendTasks);
        var stored = clock.Elapsed;
        Console.WriteLine($"INBOX events={deals} time={stored.TotalSeconds:F2}s rate={deals / stored.TotalSeconds:F0}/s");

        // Let the pipeline run the turns and the sender deliver for a fixed window; the limiter decides the pace.
        var sentAtStart = channel.Sent;
        var window = Stopwatch.StartNew();
        await Task.Delay(sendWindow);
        var sent = channel.Sent - sentAtStart;
        Console.WriteLine($"SEND window={window.Elapsed.TotalSeconds:F1}s sent={sent} rate={sent / window.Elapsed.TotalSeconds:F1}/s limit={limits.MessagesPerSecond}/s");

        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileNameWithoutExtension(database) + "*"))
        {
            File.Delete(file);
        }
    }

    private static async Task<List<Guid>> SeedAsync(IServiceProvider services, int count, DateTime since)
    {
        var areas = AreaCatalogLoader.FromEmbeddedDefault();
        var wijken = areas.Wijken;
        var coordinator = Actor.Coordinator("bench-coordinator");
        var ids = new List<Guid>(count);
        for (var offset = 0; offset < count; offset += 1000)
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
            for (var n = offset; n < Math.Min(count, offset + 1000); n++)
            {
                var conversationId = Guid.NewGuid();
                var resident = conversationId.ToString("D");
                var now = since.AddDays(-4);
                var initiatief = Initiatief.Submit(
                    new InitiatiefDraft($"Initiatief {n}", "Een idee voor de buurt.", Thema.Groen, wijken[n % wijken.Count], null, null, "Een groene buurt.", 5),
                    resident, now);
                initiatief.StartReview(coordinator, now = now.AddDays(1));
                var deal = initiatief.ProposeDeal(
                    [new AfspraakDraft(DealSide.Bewoners, "Wij doen het onderhoud."), new AfspraakDraft(DealSide.Gemeente, "De gemeente betaalt.")],
                    coordinator, now = now.AddDays(1));
                initiatief.AcceptDeal(DealSide.Bewoners, deal.Version, Actor.Resident(resident), now);
                initiatief.AcceptDeal(DealSide.Gemeente, deal.Version, coordinator, now);
                initiatief.StartUitvoering(coordinator, since);
                db.Conversations.Add(new Conversation { Id = conversationId, Channel = "bench", ChannelConversationId = $"chat-{n}", CreatedUtc = now, UpdatedUtc = now });
                db.Initiatieven.Add(initiatief);
                ids.Add(initiatief.Id);
            }

            await db.SaveChangesAsync();
        }

        return ids;
    }
}

/// <summary>The smallest main dialog: the event dialogs are what is measured.</summary>
internal sealed class MenuDialog() : WaterfallDialog("main", [async (step, ct) =>
{
    await step.Context.SendAsync("Menu", ct);
    return await step.EndDialogAsync(null, ct);
}]);
