using BuurtBot.Dialogs.Messages;
using BuurtBot.Inzicht;
using BuurtBot.Inzicht.Onbegrepen;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Turns;

/// <summary>
/// Runs the oldest waiting inbox item of one conversation: handoff check, dialog turn,
/// then state, replies and transcript saved in one transaction guarded by the
/// conversation's version, so two turns of one conversation can never both win.
/// </summary>
public sealed partial class TurnRunner(
    BuurtBotDbContext db,
    IConversationBot bot,
    ChannelRegistry channels,
    TimeProvider time,
    OnbegrepenCapture onbegrepen,
    IServiceProvider services,
    ILogger<TurnRunner> logger)
{
    private const int MaxConcurrencyRetries = 5;

    // Compiled: every turn runs these two, and a LINQ query's cache key (its expression tree
    // visited and compared) cost more CPU than SQLite's work for them. One per model: SQLite's and
    // PostgreSQL's each get their own SQL.
    private static readonly CompiledPerModel<Func<BuurtBotDbContext, Guid, CancellationToken, Task<Conversation>>> ConversationById = new(() =>
        EF.CompileAsyncQuery((BuurtBotDbContext db, Guid id, CancellationToken _) => db.Conversations.Single(c => c.Id == id)));

    // The oldest two: the first to run, the second to know without another query that more is waiting.
    private static readonly CompiledPerModel<Func<BuurtBotDbContext, Guid, bool, IAsyncEnumerable<InboxItem>>> OldestWaiting = new(() =>
        EF.CompileAsyncQuery((BuurtBotDbContext db, Guid id, bool botSpeaks) => db.Inbox
            .Where(i => i.ConversationId == id && i.ProcessedUtc == null)
            .Where(i => botSpeaks || i.Kind != InboundKind.Event)
            .OrderBy(i => i.Id)
            .Take(2)));

    /// <summary>Runs one waiting item; <see cref="TurnRun.Nothing"/> when the conversation had nothing waiting.</summary>
    public async Task<TurnRun> RunNextAsync(Guid conversationId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var conversation = await ConversationById.For(db)(db, conversationId, cancellationToken);

            // While a coordinator has the chat, host events (check-ins, notices) wait for the bot's return;
            // the resident's own messages are marked as read by the coordinator's side.
            var botSpeaks = conversation.Owner == ConversationOwner.Bot;
            var waiting = await OldestWaiting.For(db)(db, conversationId, botSpeaks).ToListAsync(cancellationToken);

            if (waiting.Count == 0)
            {
                return TurnRun.Nothing;
            }

            try
            {
                var repliesToSend = await RunAsync(conversation, waiting[0], cancellationToken);
                return new TurnRun(Ran: true, MoreWaiting: waiting.Count > 1, repliesToSend);
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxConcurrencyRetries)
            {
                // Another turn of this conversation saved first; run ours again on its state.
                LogConcurrencyRetry(conversationId, attempt);
            }
        }
    }

    /// <summary>Runs the turn and saves it; true when it left replies for the outbox to push.</summary>
    private async Task<bool> RunAsync(Conversation conversation, InboxItem item, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        item.ProcessedUtc = now;
        item.Attempts++;

        if (conversation.ErasedUtc is not null)
        {
            if (item.Kind == InboundKind.Event)
            {
                // Forgotten: a check-in or notice stored before the erase must not speak from the old state.
                item.Payload = "{}";
                conversation.Version++;
                await db.SaveChangesAsync(cancellationToken);
                return false;
            }

            // They wrote again: a new start; the sweep leaves this conversation alone.
            conversation.ErasedUtc = null;
        }

        if (conversation.Owner == ConversationOwner.Coordinator)
        {
            // A coordinator holds the chat: the bot says nothing of its own.
            conversation.Version++;
            conversation.UpdatedUtc = now;
            await db.SaveChangesAsync(cancellationToken);
            return false;
        }

        var inbound = MessageJson.ReadInbound(item.Payload);
        var turn = new TurnContext(inbound, new ConversationReference(conversation.Id, conversation.Channel), time)
        {
            Capabilities = channels.CapabilitiesOf(conversation.Channel),
            Locale = conversation.Locale,
            ConsentGiven = conversation.ConsentUtc is not null,

            // In the queue the bot answers what the resident taps or types (their initiatieven, stop
            // waiting), so no button does nothing; the coordinator reads the same messages.
            WaitingForCoordinator = conversation.Owner == ConversationOwner.Queue,
        };

        var state = await bot.OnTurnAsync(turn, conversation.DialogState, cancellationToken);

        conversation.DialogState = state;
        conversation.Locale = turn.Locale;
        conversation.ConsentUtc = turn.ConsentGiven ? conversation.ConsentUtc ?? now : null;
        conversation.UpdatedUtc = now;
        conversation.Version++;

        var lines = new List<TranscriptEntry>();
        var sent = new List<OutboxItem>();
        var sender = channels.Find(conversation.Channel);
        var delivered = sender?.DeliveredByStoring == true;
        var replies = sender?.CombinesTurnReplies == true ? TurnReplies.Combine(turn.Replies, turn.Capabilities.MaxTextLength) : turn.Replies;
        foreach (var reply in replies)
        {
            var payload = MessageJson.Serialize(reply);
            var line = reply.Kind == OutboundKind.Message
                ? new TranscriptEntry
                {
                    ConversationId = conversation.Id,
                    Author = TranscriptAuthor.Bot,
                    Text = reply.Text,
                    Payload = payload,
                    TimestampUtc = now,
                }
                : null;
            if (line is not null)
            {
                db.Transcript.Add(line);
                lines.Add(line);
            }

            var outbox = new OutboxItem
            {
                ConversationId = conversation.Id,
                Channel = conversation.Channel,
                Payload = payload,
                ReplyToChannelMessageId = item.ChannelMessageId,
                CreatedUtc = now,
                NextAttemptUtc = now,
                Transcript = line,
            };
            if (delivered)
            {
                outbox.Status = OutboxStatus.Sent;
                outbox.SentUtc = now;
                outbox.Attempts = 1;
            }

            db.Outbox.Add(outbox);
            sent.Add(outbox);
        }

        // The named steps' outcomes go in the same save: no extra round trip (the README has the cost).
        foreach (var mark in turn.Steps)
        {
            db.Set<StepEvent>().Add(new StepEvent
            {
                ConversationId = conversation.Id,
                Wijk = conversation.Wijk,
                Dialog = mark.Step.Dialog,
                Step = mark.Step.Name,
                Outcome = mark.Outcome,
                AtUtc = now,
            });
        }

        // Misunderstood answers, masked, only after a beheerder opted in: in the same save, no extra round trip.
        await onbegrepen.AddAsync(db, conversation, turn, now, cancellationToken);

        await db.SaveChangesAsync(cancellationToken);

        var saved = new SavedTurn(
            conversation.Id,
            lines.Count > 0 ? lines.Min(l => l.Id) : long.MaxValue,
            sent.Count > 0 ? sent.Min(o => o.Id) : long.MaxValue)
        {
            Work = turn.AfterTurn,
        };

        // What the dialogs recorded for after the turn (an erase, a handoff) runs only now that the
        // turn is saved, and only for the attempt that was: a retried turn records its work afresh.
        foreach (var action in services.GetServices<IAfterTurnAction>())
        {
            await action.AfterTurnAsync(saved, cancellationToken);
        }

        return !delivered && sent.Count > 0;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Conversation {ConversationId} changed under turn attempt {Attempt}; running it again")]
    private partial void LogConcurrencyRetry(Guid conversationId, int attempt);
}
