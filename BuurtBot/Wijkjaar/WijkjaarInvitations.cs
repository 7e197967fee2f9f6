using BuurtBot.Dialogs.Conversations.Wijkagenda;
using BuurtBot.Dialogs.Conversations.Wijkgesprek;
using BuurtBot.Dialogs.Conversations.Wijkjaar;
using BuurtBot.Dialogs.Domain.Wijkagenda;
using BuurtBot.Dialogs.Domain.Wijkjaren;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Scheduling;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Wijkjaar;

/// <summary>
/// A phase's invitation to the residents of one wijk who agreed to be asked (the peilingen consent,
/// as peilingen and the wijkagenda question use it), agreed to the privacy notice, can be reached and
/// were not forgotten. The wijkagenda phase begins the wijkagenda question itself, with the same
/// event id as its yearly job, so a resident never gets that question twice in a year; the other
/// phases send the wijkjaar message. The outbox paces the sending per channel.
/// </summary>
public sealed class WijkjaarInvitations(BuurtBotDbContext db, ProactiveMessenger messenger)
{
    public async Task<int> InviteAsync(string wijk, int year, WijkjaarFase fase, CancellationToken cancellationToken)
    {
        var prefix = fase == WijkjaarFase.Wijkagenda ? $"wijkagenda:{year}:" : $"wijkjaar:{year}:{fase}:";
        var chats = await db.Conversations.AsNoTracking()
            .Where(c => c.Wijk == wijk && c.PeilingenConsentUtc != null && c.ConsentUtc != null && !c.Unreachable && c.ErasedUtc == null)
            .Select(c => new ResidentChat(c.Id, c.Channel, c.ChannelConversationId, c.Unreachable))
            .ToListAsync(cancellationToken);
        if (chats.Count == 0)
        {
            return 0;
        }

        var ids = chats.Select(c => c.ConversationId).ToList();
        var had = (await db.Inbox.AsNoTracking()
                .Where(i => ids.Contains(i.ConversationId) && i.ChannelMessageId.StartsWith(prefix))
                .Select(i => i.ConversationId).ToListAsync(cancellationToken))
            .ToHashSet();
        if (fase == WijkjaarFase.Wijkagenda)
        {
            // Who answered the wijkagenda question this year already (from the menu) is not asked again.
            var answered = (await db.Set<WijkagendaInput>().AsNoTracking().Where(w => w.Year == year).Select(w => w.ResidentId).ToListAsync(cancellationToken))
                .Select(r => Guid.TryParse(r, out var id) ? id : Guid.Empty);
            had.UnionWith(answered);
        }

        var sent = 0;
        foreach (var chat in chats.Where(c => !had.Contains(c.ConversationId)))
        {
            var message = fase switch
            {
                WijkjaarFase.Wijkagenda => InboundMessage.ForEvent(WijkagendaDialog.DialogId, WijkagendaDialog.InviteOption),
                // The wijkanalyse invites to the wijkgesprek itself: three questions in the chat.
                WijkjaarFase.Wijkanalyse => InboundMessage.ForEvent(WijkgesprekDialog.DialogId, $"{WijkgesprekDialog.InviteOption}|{wijk}"),
                _ => InboundMessage.ForEvent(WijkjaarUitnodigingDialog.DialogId, new WijkjaarUitnodiging(fase, wijk).ToOption()),
            };
            if (await messenger.SendEventAsync(chat, $"{prefix}{chat.ConversationId:N}", message, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }
}
