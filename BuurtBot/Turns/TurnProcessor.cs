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
    StorageHealth storage,
    IOptions<TurnsOptions> options,
    TimeProvider time,
    ILogger<TurnProcessor> logger) : BackgroundService
{
    // Striped locks: bounded memory however many conversations there are, and two turns
    // of one conversation always meet on the same stripe.
    /// <summary>How long a turn waits before trying again while the store cannot take writes.</summary>
    private static readonly TimeSpan StorageRetryDelay = TimeSpan.FromSeconds(2);

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
                var run = await typing.WhileAsync(conversationId, () => runner.RunNextAsync(conversationId, stoppingToken), stoppingToken);
                if (!run.Ran)
                {
                    return;
                }

                if (run.RepliesToSend)
                {
                    outbox.Wake();
                }

                notifier.Notify(conversationId);
                if (!run.MoreWaiting)
                {
                    // Nothing else was waiting when the turn read the inbox. A message stored since then was
                    // enqueued after this worker took the conversation, so a worker takes it again (and waits
                    // for this stripe); another instance's message is found by the sweep. No pass that reads
                    // the conversation and the inbox only to find nothing.
                    return;
                }
            }
            catch (Exception ex) when (StorageFaults.IsResourceFault(ex) && !stoppingToken.IsCancellationRequested)
            {
                // The store cannot take writes (disk full, read-only, server gone): not this message's fault, so
                // no attempt is counted and nothing is set aside. The message stays waiting and is tried again.
                storage.Faulted(ex);
                LogStorageFault(conversationId, ex.GetBaseException().Message);
                await Task.Delay(StorageRetryDelay, time, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogTurnFailed(ex, conversationId);
                try
                {
                    if (!await RecordFailureAsync(scope.ServiceProvider, conversationId, ex, stoppingToken))
                    {
                        return;
                    }
                }
                catch (Exception record) when (StorageFaults.IsResourceFault(record) && !stoppingToken.IsCancellationRequested)
                {
                    storage.Faulted(record);
                    LogStorageFault(conversationId, record.GetBaseException().Message);
                    await Task.Delay(StorageRetryDelay, time, stoppingToken);
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
        var message = $"{error.GetType().Name}: {error.Message}";
        item.LastError = message.Length <= 500 ? message : message[..500];
        var giveUp = item.Attempts >= options.Value.MaxTurnAttempts;
        if (giveUp)
        {
            var now = time.GetUtcNow().UtcDateTime;
            item.ProcessedUtc = now;
            // Saved with the give-up, so it cannot be set aside without the resident and the coordinators hearing of it.
            await ApologiseAsync(services, db, item, now, cancellationToken);
            foreach (var report in services.GetServices<IFailedTurnReport>())
            {
                await report.AddAsync(conversationId, item.Id, item.LastError, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        if (giveUp)
        {
            LogSetAside(conversationId, item.Id, item.Attempts);
            outbox.Wake();
            notifier.Notify(conversationId);
        }
        else
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200 * item.Attempts), time, cancellationToken);
        }

        return true;
    }

    /// <summary>
    /// A resident whose message (or first visit) could not be handled hears so, with a way to reach a
    /// person, as a reply from the bot: in the transcript and through the outbox like any other. Not for
    /// the host's own events (a check-in the resident never asked for), and not while a coordinator
    /// holds the chat: they see the task instead.
    /// </summary>
    private static async Task ApologiseAsync(IServiceProvider services, BuurtBotDbContext db, InboxItem item, DateTime now, CancellationToken cancellationToken)
    {
        if (item.Kind is not (Dialogs.Messages.InboundKind.Message or Dialogs.Messages.InboundKind.ConversationStarted))
        {
            return;
        }

        var conversation = await db.Conversations.AsNoTracking().FirstAsync(c => c.Id == item.ConversationId, cancellationToken);
        if (conversation.Owner != ConversationOwner.Bot)
        {
            return;
        }

        var payload = MessageJson.Serialize(FailedTurnTexts.Apology(conversation.Locale));
        var line = new TranscriptEntry
        {
            ConversationId = conversation.Id,
            Author = TranscriptAuthor.Bot,
            Text = FailedTurnTexts.Apology(conversation.Locale).Text,
            Payload = payload,
            TimestampUtc = now,
        };
        db.Transcript.Add(line);
        var delivered = services.GetRequiredService<ChannelRegistry>().Find(conversation.Channel)?.DeliveredByStoring == true;
        db.Outbox.Add(new OutboxItem
        {
            ConversationId = conversation.Id,
            Channel = conversation.Channel,
            Payload = payload,
            ReplyToChannelMessageId = item.ChannelMessageId,
            CreatedUtc = now,
            NextAttemptUtc = now,
            Transcript = line,
            Status = delivered ? OutboxStatus.Sent : OutboxStatus.Pending,
            SentUtc = delivered ? now : null,
            Attempts = delivered ? 1 : 0,
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Resuming {Count} conversation(s) with messages stored before the last stop")]
    private partial void LogResumed(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Conversation {ConversationId}: inbox item {InboxItemId} set aside after {Attempts} failed attempts; the resident got an apology and the coordinators a task")]
    private partial void LogSetAside(Guid conversationId, long inboxItemId, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Conversation {ConversationId}: the database cannot take writes ({Reason}); trying the turn again shortly")]
    private partial void LogStorageFault(Guid conversationId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "A turn of conversation {ConversationId} failed")]
    private partial void LogTurnFailed(Exception exception, Guid conversationId);
}
