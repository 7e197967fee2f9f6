using BuurtBot.Dialogs.Messages;
using BuurtBot.Photos;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Turns;

/// <summary>
/// The front door of the turn pipeline: stores a message (and the conversation, when it is
/// new) before anything else happens, ignores a second delivery, and wakes the processor.
/// </summary>
public sealed partial class Inbox(BuurtBotDbContext db, TurnQueue queue, TimeProvider time, TranscriptNotifier notifier, IPhotoContentStore photoContents, ILogger<Inbox> logger)
{
    // Compiled (per model), as the turn's own reads are in TurnRunner: it runs for every message.
    private static readonly CompiledPerModel<Func<BuurtBotDbContext, string, string, CancellationToken, Task<Conversation?>>> ConversationOf = new(() =>
        EF.CompileAsyncQuery((BuurtBotDbContext db, string channel, string channelConversationId, CancellationToken _) =>
            db.Conversations.FirstOrDefault(c => c.Channel == channel && c.ChannelConversationId == channelConversationId)));

    public async Task<InboxResult> StoreAsync(InboundEnvelope envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        // Cleaned before it is stored: what the inbox acknowledges, every turn can read.
        envelope = envelope with { Message = InputText.Clean(envelope.Message), Locale = InputText.Clean(envelope.Locale) };
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                // The first try does not look for a duplicate: the unique index finds one, and a repeat
                // delivery is rare, so a query for every message would be paid for nothing.
                var result = await TryStoreAsync(envelope, lookForDuplicate: attempt > 0, cancellationToken);
                if (!result.Duplicate && !result.UnknownConversation)
                {
                    // Stored inside a caller's transaction (a notice with its audit entry), the item is
                    // visible to the processor only after that commit.
                    var conversationId = result.ConversationId;
                    db.WhenCommitted(() =>
                    {
                        queue.Enqueue(conversationId);
                        notifier.Notify(conversationId);
                    });
                }
                else if (result.Duplicate)
                {
                    LogDuplicate(envelope.Channel, envelope.ChannelMessageId);
                }

                return result;
            }
            catch (DbUpdateException ex) when (attempt < 2 && !StorageFaults.IsResourceFault(ex))
            {
                // A delivery of the same message (or the first message of the same new conversation)
                // is already stored; look again and it is a duplicate or the conversation exists.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<InboxResult> TryStoreAsync(InboundEnvelope envelope, bool lookForDuplicate, CancellationToken cancellationToken)
    {
        if (lookForDuplicate)
        {
            var existing = await db.Inbox.AsNoTracking()
                .Where(i => i.Channel == envelope.Channel && i.ChannelMessageId == envelope.ChannelMessageId)
                .Select(i => new { i.ConversationId })
                .FirstOrDefaultAsync(cancellationToken);
            if (existing is not null)
            {
                return new InboxResult(existing.ConversationId, Duplicate: true, TranscriptEntryId: null);
            }
        }

        var now = time.GetUtcNow().UtcDateTime;
        var conversation = await ConversationOf.For(db)(db, envelope.Channel, envelope.ChannelConversationId, cancellationToken);
        if (conversation is null && envelope.OnlyIntoExistingConversation)
        {
            return InboxResult.Unknown;
        }

        if (conversation is null)
        {
            conversation = new Conversation
            {
                Id = Guid.NewGuid(),
                Channel = envelope.Channel,
                ChannelConversationId = envelope.ChannelConversationId,
                Locale = envelope.Locale is { Length: > 0 } locale ? locale : "nl-NL",
                CreatedUtc = now,
                UpdatedUtc = now,
            };
            db.Conversations.Add(conversation);
        }

        if (envelope.ChannelData is not null && envelope.ChannelData != conversation.ChannelData)
        {
            conversation.ChannelData = envelope.ChannelData;
        }

        if (conversation.Unreachable && envelope.Message.Kind == InboundKind.Message)
        {
            // They wrote to us, so they can be reached again.
            conversation.Unreachable = false;
        }

        db.Inbox.Add(new InboxItem
        {
            Channel = envelope.Channel,
            ChannelMessageId = envelope.ChannelMessageId,
            ConversationId = conversation.Id,
            Kind = envelope.Message.Kind,
            Payload = MessageJson.Serialize(envelope.Message),
            ReceivedUtc = now,
        });

        foreach (var received in envelope.Photos)
        {
            await PhotoRows.AddAsync(db, photoContents, conversation.Id, received, now, cancellationToken);
        }

        TranscriptEntry? line = null;
        if (envelope.Message.Kind == InboundKind.Message)
        {
            line = new TranscriptEntry
            {
                ConversationId = conversation.Id,
                Author = TranscriptAuthor.Resident,
                Text = TranscriptText.Of(envelope.Message),
                // The photo's own GPS position was for the dialog to offer; the transcript does not keep it.
                Payload = MessageJson.Serialize(PhotoRows.WithoutPositions(envelope.Message)),
                TimestampUtc = now,
                ChannelMessageId = envelope.ChannelMessageId,
            };
            db.Transcript.Add(line);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new InboxResult(conversation.Id, Duplicate: false, line?.Id);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Channel} message {ChannelMessageId} delivered again; stored once already, ignored")]
    private partial void LogDuplicate(string channel, string channelMessageId);
}
