using BuurtBot.Admin.Accounts;
using BuurtBot.Admin.Audit;
using BuurtBot.Dialogs.Conversations.Queue;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Notifications;
using BuurtBot.Storage;
using BuurtBot.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Admin.Handoff;

/// <summary>
/// Moves a conversation between the bot, the queue and one coordinator, and says so to the
/// resident. Every change of owner is one conditional UPDATE that also bumps the conversation's
/// version, so two coordinators cannot both win and a bot turn in flight is retried (and then
/// stays silent, because <see cref="TurnRunner"/> only answers while the bot owns the chat).
/// </summary>
/// <remarks>
/// The rule for everything else that speaks for the bot (check-in jobs, reminders, peiling
/// results): call <see cref="IsBotAllowedToSpeakAsync"/> first and send nothing unless it says
/// true; and store the message through the outbox in a transaction guarded by the conversation's
/// version, as a turn does, so a takeover in between wins.
/// </remarks>
public sealed partial class HandoffService(
    BuurtBotDbContext db,
    AuditLog audit,
    TurnQueue turns,
    OutboxSignal outbox,
    TranscriptNotifier notifier,
    CoordinatorNotifier coordinators,
    IOptions<HandoffOptions> options,
    TimeProvider time,
    ILogger<HandoffService> logger)
{
    /// <summary>The reason of a take-over nobody asked for.</summary>
    public const string DirectReason = "direct";

    private const int MaxReasonLength = 20;

    /// <summary>True only while the bot owns the chat: not while it waits in the queue or a coordinator holds it.</summary>
    public Task<bool> IsBotAllowedToSpeakAsync(Guid conversationId, CancellationToken cancellationToken = default) =>
        db.Conversations.AnyAsync(c => c.Id == conversationId && c.Owner == ConversationOwner.Bot, cancellationToken);

    /// <summary>
    /// Puts the chat in the queue and tells the resident what happens next (and, outside office
    /// hours, when to expect an answer); coordinators of the wijk see it appear live.
    /// False when the chat was not with the bot (already waiting, or a coordinator has it).
    /// </summary>
    /// <param name="reason">A short code for the log (<c>resident-asked</c>), never the resident's words.</param>
    public async Task<bool> RequestHumanAsync(Guid conversationId, string reason, CancellationToken cancellationToken = default)
    {
        var conversation = await FindAsync(conversationId, cancellationToken);
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var moved = await db.Conversations
            .Where(c => c.Id == conversationId && c.Owner == ConversationOwner.Bot)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.Owner, ConversationOwner.Queue)
                .SetProperty(c => c.OwnerCoordinatorId, (string?)null)
                .SetProperty(c => c.QueuedUtc, now.UtcDateTime)
                .SetProperty(c => c.UpdatedUtc, now.UtcDateTime)
                .SetProperty(c => c.Version, c => c.Version + 1), cancellationToken);
        if (moved == 0)
        {
            return false;
        }

        db.Set<HandoffRecord>().Add(new HandoffRecord
        {
            ConversationId = conversationId,
            Wijk = conversation.Wijk,
            Reason = reason.Length > MaxReasonLength ? reason[..MaxReasonLength] : reason,
            Kind = HandoffKind.Queued,
            QueuedUtc = now.UtcDateTime,
        });
        var hours = new OfficeHours(options.Value.OfficeHours);
        AddLine(conversation, TranscriptAuthor.Bot, null, new OutboundMessage
        {
            Text = HandoffTexts.Queued(conversation.Locale, hours.NextOpening(now)),

            // What the resident can do while waiting, so an old menu button is not the only thing to tap.
            Choices = QueueButtons.For(conversation.Locale),
        });
        await coordinators.ChatQueuedAsync(conversationId, conversation.Wijk, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogQueued(conversationId, reason);
        Announce(conversationId);
        return true;
    }

    /// <summary>
    /// The resident stopped waiting: the chat goes from the queue back to the bot, which asks its open
    /// question again (or shows the menu). False when it was not waiting, e.g. a coordinator took it
    /// first; then that coordinator's greeting is what the resident reads.
    /// </summary>
    public async Task<bool> CancelRequestAsync(Guid conversationId, CancellationToken cancellationToken = default)
    {
        var conversation = await FindAsync(conversationId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var moved = await db.Conversations
            .Where(c => c.Id == conversationId && c.Owner == ConversationOwner.Queue)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.Owner, ConversationOwner.Bot)
                .SetProperty(c => c.QueuedUtc, (DateTime?)null)
                .SetProperty(c => c.UpdatedUtc, now)
                .SetProperty(c => c.Version, c => c.Version + 1), cancellationToken);
        if (moved == 0)
        {
            return false;
        }

        await CloseWaitAsync(conversationId, now, cancellationToken);
        AddLine(conversation, TranscriptAuthor.Bot, null, OutboundMessage.FromText(QueueButtons.CancelledText(conversation.Locale)));
        db.Inbox.Add(new InboxItem
        {
            Channel = conversation.Channel,
            ChannelMessageId = $"queue-cancelled:{Guid.NewGuid():N}",
            ConversationId = conversationId,
            Payload = MessageJson.Serialize(InboundMessage.HandedBack(startAgain: false)),
            ReceivedUtc = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogCancelled(conversationId);
        turns.Enqueue(conversationId);
        Announce(conversationId);
        return true;
    }

    /// <summary>
    /// Gives the chat to this coordinator, from the queue or from the bot. Atomic: of two
    /// coordinators clicking at once exactly one wins; the other learns who has it.
    /// </summary>
    public async Task<TakeOverResult> TakeOverAsync(Guid conversationId, Coordinator coordinator, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(coordinator);
        var conversation = await FindAsync(conversationId, cancellationToken);
        EnsureMayOpen(coordinator, conversation);
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var won = await db.Conversations
            .Where(c => c.Id == conversationId && c.Owner != ConversationOwner.Coordinator)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.Owner, ConversationOwner.Coordinator)
                .SetProperty(c => c.OwnerCoordinatorId, coordinator.Id)
                .SetProperty(c => c.QueuedUtc, (DateTime?)null)
                .SetProperty(c => c.UpdatedUtc, now)
                .SetProperty(c => c.Version, c => c.Version + 1), cancellationToken);
        if (won == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new TakeOverResult(false, await HolderNameAsync(conversationId, cancellationToken));
        }

        // From the queue this ends the resident's wait; from the bot nobody waited, so it is counted apart.
        var waited = await db.Set<HandoffRecord>()
            .Where(h => h.ConversationId == conversationId && h.QueuedUtc != null && h.TakenUtc == null && h.CancelledUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.TakenUtc, now), cancellationToken);
        if (waited == 0)
        {
            db.Set<HandoffRecord>().Add(new HandoffRecord
            {
                ConversationId = conversationId, Wijk = conversation.Wijk, Reason = DirectReason, Kind = HandoffKind.Direct, TakenUtc = now,
            });
        }

        var wijk = conversation.Wijk ?? (coordinator.Wijken.Count == 1 ? coordinator.Wijken[0] : null);
        AddLine(conversation, TranscriptAuthor.Coordinator, coordinator.FirstName, HandoffTexts.TakenOver(conversation.Locale, coordinator.FirstName, wijk));
        audit.Add(coordinator, AuditActions.TookOver, conversationId);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Announce(conversationId);
        return TakeOverResult.Success;
    }

    /// <summary>
    /// A coordinator's message: a transcript line under their first name and the same payload in
    /// the outbox, so it reaches the resident on their own channel. False unless they hold the chat.
    /// </summary>
    public async Task<bool> SendAsCoordinatorAsync(Guid conversationId, Coordinator coordinator, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(coordinator);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var conversation = await FindAsync(conversationId, cancellationToken);
        EnsureMayOpen(coordinator, conversation);
        if (conversation.Owner != ConversationOwner.Coordinator || conversation.OwnerCoordinatorId != coordinator.Id)
        {
            return false;
        }

        AddLine(conversation, TranscriptAuthor.Coordinator, coordinator.FirstName, text.Trim());
        audit.Add(coordinator, AuditActions.Replied, conversationId);
        await db.SaveChangesAsync(cancellationToken);
        Announce(conversationId);
        return true;
    }

    /// <summary>
    /// Gives the chat back to the bot, which goes on where it was (or at the main menu): a
    /// <see cref="InboundKind.HandedBack"/> message in the inbox makes the dialog take its turn.
    /// Only the holder (or a beheerder) can hand back.
    /// </summary>
    public async Task<bool> HandBackAsync(Guid conversationId, Coordinator coordinator, bool resumeAtMenu, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(coordinator);
        var conversation = await FindAsync(conversationId, cancellationToken);
        EnsureMayOpen(coordinator, conversation);
        var now = time.GetUtcNow().UtcDateTime;
        var anyHolder = coordinator.IsBeheerder;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var moved = await db.Conversations
            .Where(c => c.Id == conversationId && c.Owner != ConversationOwner.Bot && (anyHolder || c.OwnerCoordinatorId == coordinator.Id))
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.Owner, ConversationOwner.Bot)
                .SetProperty(c => c.OwnerCoordinatorId, (string?)null)
                .SetProperty(c => c.QueuedUtc, (DateTime?)null)
                .SetProperty(c => c.UpdatedUtc, now)
                .SetProperty(c => c.Version, c => c.Version + 1), cancellationToken);
        if (moved == 0)
        {
            return false;
        }

        await CloseWaitAsync(conversationId, now, cancellationToken);
        var text = resumeAtMenu
            ? HandoffTexts.HandedBackToMenu(conversation.Locale, coordinator.FirstName)
            : HandoffTexts.HandedBack(conversation.Locale, coordinator.FirstName);
        AddLine(conversation, TranscriptAuthor.Bot, null, text);
        db.Inbox.Add(new InboxItem
        {
            Channel = conversation.Channel,
            ChannelMessageId = $"handback:{Guid.NewGuid():N}",
            ConversationId = conversationId,
            Payload = MessageJson.Serialize(InboundMessage.HandedBack(startAgain: resumeAtMenu)),
            ReceivedUtc = now,
        });
        audit.Add(coordinator, AuditActions.HandedBack, conversationId, resumeAtMenu ? "at the menu" : "where it was");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        turns.Enqueue(conversationId);
        Announce(conversationId);
        return true;
    }

    private async Task<Conversation> FindAsync(Guid conversationId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.Conversations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == conversationId, cancellationToken)
            ?? throw new KeyNotFoundException($"No conversation {conversationId}.");
    }

    private static void EnsureMayOpen(Coordinator coordinator, Conversation conversation)
    {
        if (!coordinator.MayOpen(conversation.Wijk))
        {
            // The pages answer 403 before they get here; this is the service's own guard.
            throw new UnauthorizedAccessException("This coordinator does not cover the conversation's wijk.");
        }
    }

    private async Task<string?> HolderNameAsync(Guid conversationId, CancellationToken cancellationToken) =>
        await db.Conversations.AsNoTracking()
            .Where(c => c.Id == conversationId)
            .Join(db.Users, c => c.OwnerCoordinatorId, u => u.Id, (c, u) => u.FirstName)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>One line as the resident sees it: in the transcript (the web chat's feed) and in the outbox (every other channel).</summary>
    private void AddLine(Conversation conversation, TranscriptAuthor author, string? authorName, string text) =>
        AddLine(conversation, author, authorName, OutboundMessage.FromText(text));

    private void AddLine(Conversation conversation, TranscriptAuthor author, string? authorName, OutboundMessage message)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var text = message.Text;
        var payload = MessageJson.Serialize(message);
        var line = new TranscriptEntry
        {
            ConversationId = conversation.Id,
            Author = author,
            AuthorName = authorName,
            Text = text,
            Payload = payload,
            TimestampUtc = now,
        };
        db.Transcript.Add(line);
        db.Outbox.Add(new OutboxItem
        {
            ConversationId = conversation.Id,
            Channel = conversation.Channel,
            Payload = payload,
            CreatedUtc = now,
            NextAttemptUtc = now,
            Transcript = line,
        });
    }

    /// <summary>The resident's wait ended without a coordinator taking the chat (they stopped waiting, or it went back to the bot).</summary>
    private Task<int> CloseWaitAsync(Guid conversationId, DateTime now, CancellationToken cancellationToken) =>
        db.Set<HandoffRecord>()
            .Where(h => h.ConversationId == conversationId && h.QueuedUtc != null && h.TakenUtc == null && h.CancelledUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.CancelledUtc, now), cancellationToken);

    private void Announce(Guid conversationId)
    {
        outbox.Wake();
        notifier.Notify(conversationId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation {ConversationId} joined the coordinators' queue ({Reason})")]
    private partial void LogQueued(Guid conversationId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation {ConversationId} left the coordinators' queue at the resident's request")]
    private partial void LogCancelled(Guid conversationId);
}
