using BuurtBot.Dialogs.Conversations.Wijkagenda;
using BuurtBot.Dialogs.Domain.Wijkagenda;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Scheduling;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Wijkagenda;

/// <summary>
/// The yearly invitation: every resident who agreed to peilingen and the wijkagenda question
/// (and to the privacy notice, and can be reached) and has not answered this year gets the
/// "wijkagenda" dialog in their own chat. The event id holds the year, so a second run in the same
/// year (a restart, a misfire) invites nobody twice; the outbox paces the sending per channel.
/// </summary>
public sealed class WijkagendaInvitations(BuurtBotDbContext db, ProactiveMessenger messenger, QuietHours quiet, TimeProvider time)
{
    public async Task<WijkagendaInviteOutcome> InviteAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (quiet.IsQuiet(now))
        {
            return new WijkagendaInviteOutcome(0, quiet.NextAllowed(now));
        }

        var year = AmsterdamTime.ToLocal(now).Year;
        // Resident ids are compared as text in memory: how a provider stores a Guid (SQLite: upper
        // case) need not match the "D" form the ids are kept in.
        var answered = (await db.Set<WijkagendaInput>().AsNoTracking().Where(w => w.Year == year).Select(w => w.ResidentId).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var chats = await db.Conversations.AsNoTracking()
            .Where(c => c.PeilingenConsentUtc != null && c.ConsentUtc != null && !c.Unreachable)
            .Select(c => new ResidentChat(c.Id, c.Channel, c.ChannelConversationId, c.Unreachable))
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var chat in chats.Where(c => !answered.Contains(c.ConversationId.ToString("D"))))
        {
            var message = InboundMessage.ForEvent(WijkagendaDialog.DialogId, WijkagendaDialog.InviteOption);
            if (await messenger.SendEventAsync(chat, $"wijkagenda:{year}:{chat.ConversationId:N}", message, cancellationToken))
            {
                sent++;
            }
        }

        return new WijkagendaInviteOutcome(sent, null);
    }
}
