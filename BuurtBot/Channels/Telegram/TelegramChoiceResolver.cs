using System.Globalization;
using BuurtBot.Storage;
using BuurtBot.Turns;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Channels.Telegram;

/// <summary>Turns a button's callback data back into the value of the choice the resident tapped.</summary>
internal sealed class TelegramChoiceResolver(BuurtBotDbContext db)
{
    public async Task<string?> ResolveAsync(string? data, long chatId, CancellationToken cancellationToken)
    {
        if (!TelegramCallbackData.TryDecode(data, out var value, out var key))
        {
            return null;
        }

        if (value is not null)
        {
            return value;
        }

        // Only a reply that went to this very chat may answer for it: a forged key for another chat finds nothing.
        var chat = chatId.ToString(CultureInfo.InvariantCulture);
        var payload = await db.Outbox.AsNoTracking()
            .Where(o => o.Id == key.OutboxId && o.Channel == TelegramUpdateTranslator.Channel)
            .Join(db.Conversations.Where(c => c.ChannelConversationId == chat), o => o.ConversationId, c => c.Id, (o, _) => o.Payload)
            .FirstOrDefaultAsync(cancellationToken);
        var choices = payload is null ? [] : MessageJson.ReadOutbound(payload).Choices;
        return key.Index < choices.Count ? choices[key.Index].Value : null;
    }
}
