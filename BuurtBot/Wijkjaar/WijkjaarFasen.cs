using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Notifications;
using BuurtBot.Scheduling;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WijkjaarEntity = BuurtBot.Dialogs.Domain.Wijkjaren.Wijkjaar;

namespace BuurtBot.Wijkjaar;

/// <summary>
/// Opens the phase whose period holds today, in every wijk of the area file: the wijkjaar records it,
/// the wijk's coordinators get one e-mail, and the residents of the wijk who agreed to be asked get
/// the phase's invitation. Nothing happens in quiet hours (the job tries again when they end), so an
/// invitation never arrives at night. A run later in the same period opens nothing twice and invites
/// only residents who have not had this phase's invitation yet (one who just agreed, for instance).
/// </summary>
public sealed class WijkjaarFasen(
    BuurtBotDbContext db,
    AreaCatalog areas,
    WijkjaarInvitations invitations,
    CoordinatorNotifier notifier,
    QuietHours quiet,
    IOptions<WijkjaarOptions> options,
    TimeProvider time)
{
    public async Task<WijkjaarOpening> OpenDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (quiet.IsQuiet(now))
        {
            return new WijkjaarOpening(null, [], 0, quiet.NextAllowed(now));
        }

        var today = AmsterdamTime.DateOf(now);
        if (options.Value.Ritme().FaseOn(today) is not { } fase)
        {
            return new WijkjaarOpening(null, [], 0, null);
        }

        var jaren = await db.Set<WijkjaarEntity>().Where(j => j.Year == today.Year).ToListAsync(cancellationToken);
        var opened = new List<string>();
        var current = new List<string>();
        foreach (var wijk in areas.Wijken.Select(w => w.Name))
        {
            var jaar = jaren.FirstOrDefault(j => j.Wijk == wijk);
            if (jaar is null)
            {
                jaar = WijkjaarEntity.Begin(wijk, today.Year);
                db.Add(jaar);
            }

            if (jaar.MayOpen(fase))
            {
                jaar.Open(fase, now.UtcDateTime);
                await notifier.WijkjaarFaseOpenedAsync(wijk, today.Year, fase, cancellationToken);
                opened.Add(wijk);
            }

            if (jaar.Huidig == fase)
            {
                current.Add(wijk);
            }
        }

        // The year and the coordinators' mails first, in one save: the invitations after it are each
        // stored on their own (and a repeat of one is a harmless duplicate), so a crash between them
        // leaves the phase open and the next run invites whoever was not reached yet.
        await db.SaveChangesAsync(cancellationToken);
        var invited = 0;
        foreach (var wijk in current)
        {
            invited += await invitations.InviteAsync(wijk, today.Year, fase, cancellationToken);
        }

        return new WijkjaarOpening(fase, opened, invited, null);
    }
}
