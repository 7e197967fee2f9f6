using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Turns;

/// <summary>
/// Drains the inbox: the turns of one conversation one at a time and in order, different
/// conversations in parallel. At start it picks up whatever a previous process stored
/// but never processed, so a crash loses no message. Each turn runs under a claim on the
/// conversation, so with several instances on one database only one runs it.
/// </summary>
public sealed partial class TurnProcessor(
    TurnQueue queue,
    IServiceScopeFactory scopes,
    OutboxSignal outbox,
    TranscriptNotifier notifier,
    IConversationClaims claims,
    TypingIndicator typing,
    IOptions<TurnsOptions> options,
    TimeProvider time,
    ILogger<TurnProcessor> logger) : BackgroundService
{
    // Striped locks: bounded memory however many conversations there are, and two turns
    // of one conversation always meet on the same stripe.
    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, 256).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RequeueUnprocessedAsync(stoppingToken);
        var workers = Enumerable.Range(0, Math.Max(1, options.Value.Workers)).Select(_ => WorkAsync(stoppingToken));
        await Task.WhenAll(workers);
    }

    private async Task RequeueUnprocessedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        var waiting = await db.Inbox.Where(i => i.ProcessedUtc == null)
            .Select(i => i.ConversationId).Distinct().ToListAsync(cancellationToken);
        foreach (var id in waiting)
        {
            queue.Enqueue(id);
        }

        if (waiting.Count > 0)
        {
            LogResumed(waiting.Count);
        }
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var conversationId in queue.ReadAllAsync(stoppingToken))
            {
                var stripe = _stripes[(conversationId.GetHashCode() & int.MaxValue) % _stripes.Length];
                await stripe.WaitAsync(stoppingToken);
                try
                {
                    await DrainAsync(conversationId, stoppingToken);
                }
                finally
                {
                    stripe.Release();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task DrainAsync(Guid conversationId, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await using var scope = scopes.CreateAsyncScope();
            var runner = scope.ServiceProvider.GetRequiredService<TurnRunner>();
            await using var claim = await claims.TryClaimAsync(ClaimLane.Turns, conversationId, stoppingToken);
            if (claim is null)
            {
                // Another instance is running this conversation's turns; it drains what is waiting.
                return;
            }

            try
            {
                if (!await typing.WhileAsync(conversationId, () => runner.RunNextAsync(conversationId, stoppingToken), stoppingToken))
                {
                    return;
                }

                outbox.Wake();
                notifier.Notify(conversationId);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogTurnFailed(ex, conversationId);
                if (!await RecordFailureAsync(scope.ServiceProvider, conversationId, ex, stoppingToken))
                {
                    return;
                }
            }
        }
    }

    /// <summary>
    /// A turn that keeps failing is set aside with its error after a few attempts, so one bad
    /// message cannot block the resident's conversation; it stays in the inbox to inspect.
    /// Returns whether to go on with the conversation's next item.
    /// </summary>
    private async Task<bool> RecordFailureAsync(IServiceProvider services, Guid conversationId, Exception error, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<BuurtBotDbContext>();
        db.ChangeTracker.Clear();
        var item = await db.Inbox.Where(i => i.ConversationId == conversationId && i.ProcessedUtc == null)
            .OrderBy(i => i.Id).FirstOrDefaultAsync(cancellationToken);
        if (item is null)
        {
            return false;
        }

        item.Attempts++;
        item.LastError = $"{error.GetType().Name}: {error.Message}";
        var giveUp = item.Attempts >= options.Value.MaxTurnAttempts;
        if (giveUp)
        {
            item.ProcessedUtc = time.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (!giveUp)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200 * item.Attempts), time, cancellationToken);
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Resuming {Count} conversation(s) with messages stored before the last stop")]
    private partial void LogResumed(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "A turn of conversation {ConversationId} failed")]
    private partial void LogTurnFailed(Exception exception, Guid conversationId);
}
