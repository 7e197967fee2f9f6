using BuurtBot.Dialogs.Messages;
using BuurtBot.Storage;
using BuurtBot.Turns;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Scheduling;

/// <summary>
/// Starts a dialog on a resident's own conversation the only way the bot may: an event in the
/// inbox, with a deterministic id so a second attempt is a harmless duplicate. From there the turn
/// pipeline decides when it runs (after a coordinator hands back) and how it is sent (rate limits).
/// The inbox saves this scope's pending changes with the event, so a job's bookkeeping and the
/// event it stands for are stored together or not at all.
/// </summary>
public sealed class ProactiveMessenger(BuurtBotDbContext db, Inbox inbox)
{
    /// <summary>The resident's conversation, when they can be reached; null when there is none or they blocked the bot.</summary>
    public async Task<ResidentChat?> FindReachableAsync(string residentId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(residentId, out var conversationId))
        {
            return null;
        }

        var chat = await db.Conversations.AsNoTracking()
            .Where(c => c.Id == conversationId && c.ErasedUtc == null) // forgotten: nothing is sent to them again
            .Select(c => new ResidentChat(c.Id, c.Channel, c.ChannelConversationId, c.Unreachable))
            .FirstOrDefaultAsync(cancellationToken);
        return chat is { Unreachable: false } ? chat : null;
    }

    /// <returns>False when the inbox already had an event with this id.</returns>
    public async Task<bool> SendEventAsync(ResidentChat chat, string messageId, InboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var result = await inbox.StoreAsync(new InboundEnvelope(chat.Channel, chat.ChannelConversationId, messageId, message), cancellationToken);
        return !result.Duplicate;
    }
}

/// <summary>Where a resident is reached: their conversation (whose id is their resident id) and its channel.</summary>
public sealed record ResidentChat(Guid ConversationId, string Channel, string ChannelConversationId, bool Unreachable);
