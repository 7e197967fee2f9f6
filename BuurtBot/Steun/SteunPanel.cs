using BuurtBot.Dialogs.Conversations.Steun;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Domain.Steun;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Steun;

/// <summary>What the admin page shows of an initiatief's support: the links when published, supporters and milestones reached.</summary>
public sealed record SteunPanel(ShareLinkSet? Links, string? QrPath, int Supporters, IReadOnlyList<SteunMijlpaal> Milestones)
{
    public static async Task<SteunPanel> LoadAsync(BuurtBotDbContext db, IShareLinks links, Initiatief initiatief, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(initiatief);
        var milestones = await db.Set<SteunMijlpaal>().AsNoTracking()
            .Where(m => m.InitiatiefId == initiatief.Id)
            .OrderBy(m => m.Supporters)
            .ToListAsync(cancellationToken);
        var published = initiatief is { IsPublished: true, ShareCode: { } code };
        return new SteunPanel(
            published ? links.For(initiatief.ShareCode!) : null,
            published ? $"/steun/{Uri.EscapeDataString(initiatief.ShareCode!)}/qr.svg" : null,
            await EfSteunStore.CountAsync(db, initiatief, cancellationToken),
            milestones);
    }
}
