using BuurtBot.Dialogs.Messages;
using BuurtBot.Storage;
using BuurtBot.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Instances;

/// <summary>
/// PostgreSQL only: the turn queue is in-process, so every <see cref="StorageOptions.SweepEvery"/> this
/// queues the conversations with inbox rows nobody processed yet — stored by another instance (whose
/// NOTIFY we may have missed) or left by one that stopped. Claims make sure only one instance runs them.
/// </summary>
public sealed partial class InboxSweep(
    IServiceScopeFactory scopes,
    TurnQueue queue,
    IOptions<StorageOptions> storage,
    TimeProvider time,
    ILogger<InboxSweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (storage.Value.Provider != StorageProvider.Postgres)
        {
            return;
        }

        using var timer = new PeriodicTimer(storage.Value.SweepEvery, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await SweepOnceAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogSweepFailed(ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Queues every conversation with a waiting item the bot may run now; returns how many.</summary>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        // Host events wait while a coordinator has the chat (as in TurnRunner); sweeping those would only spin.
        var waiting = await db.Inbox.AsNoTracking()
            .Where(i => i.ProcessedUtc == null)
            .Join(db.Conversations, i => i.ConversationId, c => c.Id, (i, c) => new { i.ConversationId, i.Kind, c.Owner })
            .Where(x => x.Owner == ConversationOwner.Bot || x.Kind != InboundKind.Event)
            .Select(x => x.ConversationId)
            .Distinct()
            .ToListAsync(cancellationToken);
        foreach (var id in waiting)
        {
            queue.Enqueue(id);
        }

        return waiting.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The inbox sweep failed; trying again at the next tick")]
    private partial void LogSweepFailed(Exception exception);
}
