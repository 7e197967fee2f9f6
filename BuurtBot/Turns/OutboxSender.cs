using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Turns;

/// <summary>
/// Delivers stored replies through their channel: in order per conversation (a reply waits
/// until the one before it is out), conversations in parallel, retrying what the channel
/// could not take yet and never resending what it took.
/// </summary>
public sealed partial class OutboxSender(
    IServiceScopeFactory scopes,
    ChannelRegistry channels,
    OutboxSignal signal,
    SentReceipts receipts,
    IConversationClaims claims,
    IOptions<TurnsOptions> options,
    TimeProvider time,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private const int BatchSize = 500;
    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await DispatchOnceAsync(stoppingToken) == 0)
                {
                    await signal.WaitAsync(IdleWait, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogDispatchFailed(ex);
                await Task.Delay(IdleWait, time, stoppingToken);
            }
        }
    }

    /// <summary>One pass over what is due; returns how many replies were delivered.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        List<PendingReply> pending;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
            pending = await Pending(db, db.Outbox.Where(o => o.Status == OutboxStatus.Pending).OrderBy(o => o.Id).Take(BatchSize))
                .ToListAsync(cancellationToken);
        }

        // Only the head of each conversation's queue may go; a later reply never overtakes an earlier one.
        var lanes = pending.GroupBy(p => p.ConversationId)
            .Where(lane => lane.First().NextAttemptUtc <= now)
            .ToList();
        var delivered = 0;
        await Parallel.ForEachAsync(
            lanes,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.SendConcurrency), CancellationToken = cancellationToken },
            async (lane, ct) => Interlocked.Add(ref delivered, await DeliverLaneAsync(lane.ToList(), ct)));
        return delivered;
    }

    private static IQueryable<PendingReply> Pending(BuurtBotDbContext db, IQueryable<OutboxItem> replies) =>
        replies.AsNoTracking()
            .Join(db.Conversations, o => o.ConversationId, c => c.Id, (o, c) => new PendingReply(
                o.Id, o.ConversationId, o.Channel, o.Payload, o.ReplyToChannelMessageId, o.NextAttemptUtc, o.Attempts,
                c.ChannelConversationId, c.ChannelData, c.Unreachable, c.Locale));

    private async Task<int> DeliverLaneAsync(List<PendingReply> lane, CancellationToken cancellationToken)
    {
        var conversationId = lane[0].ConversationId;
        await using var claim = await claims.TryClaimAsync(ClaimLane.Outbox, conversationId, cancellationToken);
        if (claim is null)
        {
            // Another instance is sending this conversation's replies.
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        if (claims.IsShared)
        {
            // What we read before claiming may since have been sent by the instance that held the lane.
            lane = await Pending(db, db.Outbox
                    .Where(o => o.ConversationId == conversationId && o.Status == OutboxStatus.Pending)
                    .OrderBy(o => o.Id))
                .ToListAsync(cancellationToken);
        }

        var delivered = 0;
        foreach (var reply in lane)
        {
            var now = time.GetUtcNow().UtcDateTime;
            if (reply.NextAttemptUtc > now)
            {
                break;
            }

            var sender = channels.Find(reply.Channel);
            if (sender is null)
            {
                await MarkAsync(db, reply.Id, OutboxStatus.Failed, reply.Attempts, now, $"No channel '{reply.Channel}' is configured.", cancellationToken);
                continue;
            }

            if (reply.Unreachable)
            {
                await MarkAsync(db, reply.Id, OutboxStatus.Failed, reply.Attempts, now, "The resident cannot be reached on this channel.", cancellationToken);
                continue;
            }

            SendResult result;
            try
            {
                var delivery = new OutboxDelivery(reply.Id, reply.ConversationId, reply.ChannelConversationId, reply.ChannelData,
                    reply.ReplyTo, MessageJson.ReadOutbound(reply.Payload), reply.Attempts + 1, reply.Locale);
                result = await sender.SendAsync(delivery, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                result = SendResult.RetryLater(null, $"{ex.GetType().Name}: {ex.Message}");
            }

            switch (result.Outcome)
            {
                case SendOutcome.Sent:
                    // Stored as sent before the next reply of this conversation goes out.
                    await receipts.MarkSentAsync(reply.Id, cancellationToken);
                    delivered++;
                    break;
                case SendOutcome.Retry:
                    var wait = result.RetryAfter ?? Backoff(reply.Attempts + 1);
                    await db.Outbox.Where(o => o.Id == reply.Id).ExecuteUpdateAsync(s => s
                        .SetProperty(o => o.NextAttemptUtc, now + wait)
                        .SetProperty(o => o.LastError, result.Error)
                        .SetProperty(o => o.Attempts, reply.Attempts + 1), cancellationToken);
                    LogRetry(reply.Id, reply.Channel, wait);
                    return delivered;
                case SendOutcome.Unreachable:
                    await db.Conversations.Where(c => c.Id == reply.ConversationId)
                        .ExecuteUpdateAsync(s => s.SetProperty(c => c.Unreachable, true), cancellationToken);
                    await MarkAsync(db, reply.Id, OutboxStatus.Failed, reply.Attempts + 1, now, result.Error, cancellationToken);
                    LogUnreachable(reply.ConversationId, reply.Channel);
                    return delivered;
                default:
                    await MarkAsync(db, reply.Id, OutboxStatus.Failed, reply.Attempts + 1, now, result.Error, cancellationToken);
                    LogRefused(reply.Id, reply.Channel, result.Error);
                    break;
            }
        }

        return delivered;
    }

    private static Task MarkAsync(BuurtBotDbContext db, long id, OutboxStatus status, int attempts, DateTime now, string? error, CancellationToken cancellationToken) =>
        db.Outbox.Where(o => o.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.Status, status)
            .SetProperty(o => o.Attempts, attempts)
            .SetProperty(o => o.LastError, error)
            .SetProperty(o => o.NextAttemptUtc, now), cancellationToken);

    /// <summary>Exponential with jitter, capped, so a channel outage is not hammered in lockstep.</summary>
    private TimeSpan Backoff(int attempt)
    {
        var seconds = Math.Min(options.Value.MaxRetryDelay.TotalSeconds, Math.Pow(2, Math.Min(attempt, 16)) * 0.5);
        return TimeSpan.FromSeconds(seconds * (0.75 + Random.Shared.NextDouble() * 0.5));
    }

    private sealed record PendingReply(
        long Id, Guid ConversationId, string Channel, string Payload, string? ReplyTo, DateTime NextAttemptUtc, int Attempts,
        string ChannelConversationId, string? ChannelData, bool Unreachable, string? Locale);

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox pass failed; trying again shortly")]
    private partial void LogDispatchFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply {OutboxId} on {Channel} not delivered yet; next try in {Wait}")]
    private partial void LogRetry(long outboxId, string channel, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Conversation {ConversationId} on {Channel} is unreachable; its replies are held back")]
    private partial void LogUnreachable(Guid conversationId, string channel);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reply {OutboxId} on {Channel} was refused: {Error}")]
    private partial void LogRefused(long outboxId, string channel, string? error);
}
