using BuurtBot.Dialogs.Messages;
using BuurtBot.Storage;
using BuurtBot.Turns;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Initiatieven;

/// <summary>
/// Tells residents about their initiatief in the chat they used, by storing a host event in their
/// conversation's inbox: it then obeys the same order, handoff, rate limits and retries as any turn.
/// The event id is deterministic, so telling twice is telling once. Called inside a transaction, the
/// turn processor is woken at its commit (<see cref="BuurtBotDbContext.WhenCommitted"/>), when the
/// event is visible to it.
/// </summary>
public sealed class ResidentNotifier(BuurtBotDbContext db, Inbox inbox)
{
    public async Task<IReadOnlyList<Guid>> NotifyAsync(IEnumerable<string> residentIds, string eventName, string argument, string eventId, CancellationToken cancellationToken)
    {
        var notified = new List<Guid>();
        foreach (var residentId in residentIds.Distinct())
        {
            if (!Guid.TryParse(residentId, out var conversationId))
            {
                continue; // forgotten residents ("gewist") and demo data have no chat
            }

            var conversation = await db.Conversations.AsNoTracking()
                .Where(c => c.Id == conversationId && c.ErasedUtc == null)
                .Select(c => new { c.Channel, c.ChannelConversationId })
                .FirstOrDefaultAsync(cancellationToken);
            if (conversation is null)
            {
                continue;
            }

            await inbox.StoreAsync(
                new InboundEnvelope(conversation.Channel, conversation.ChannelConversationId, $"{eventId}:{conversationId:N}", InboundMessage.ForEvent(eventName, argument)),
                cancellationToken);
            notified.Add(conversationId);
        }

        return notified;
    }
}
