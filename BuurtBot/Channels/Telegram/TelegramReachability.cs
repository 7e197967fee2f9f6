using System.Globalization;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Channels.Telegram;

/// <summary>
/// Records that a resident blocked or unblocked the bot. Setting a flag is idempotent, so a
/// redelivered update needs no inbox row; a chat we never spoke with has nothing to mark.
/// </summary>
internal sealed class TelegramReachability(BuurtBotDbContext db)
{
    public Task<int> SetBlockedAsync(long chatId, bool blocked, CancellationToken cancellationToken)
    {
        var chat = chatId.ToString(CultureInfo.InvariantCulture);
        return db.Conversations
            .Where(c => c.Channel == TelegramUpdateTranslator.Channel && c.ChannelConversationId == chat)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Unreachable, blocked), cancellationToken);
    }
}
