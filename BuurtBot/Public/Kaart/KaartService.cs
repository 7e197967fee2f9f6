using BuurtBot.Admin.Accounts;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Public.Kaart;

/// <summary>The map's markers: for everyone the published initiatieven; for a coordinator those of their wijken, published or not.</summary>
public sealed class KaartService(PublishedInitiatieven published, BuurtBotDbContext db, AreaCatalog areas, IOptions<KaartOptions> options)
{
    public async Task<KaartModel> PublicAsync(KaartFilter filter, CancellationToken cancellationToken)
    {
        var initiatieven = await published.AllAsync(cancellationToken);
        var supporters = await published.SupportersAsync(cancellationToken);
        return Model(KaartMarkers.From(initiatieven, areas, supporters), filter, areas.Wijken.Select(w => w.Name).ToList());
    }

    /// <summary>The admin map: the scope rule is the initiatieven list's, applied here on the server.</summary>
    public async Task<KaartModel> ForCoordinatorAsync(Coordinator coordinator, KaartFilter filter, CancellationToken cancellationToken)
    {
        var initiatieven = (await db.Initiatieven.AsNoTracking().VisibleTo(coordinator).ToListAsync(cancellationToken))
            .OrderBy(i => i.CreatedAt).ToList();
        var ids = initiatieven.Select(i => i.Id).ToList();
        var supporters = await db.Steun.AsNoTracking().Where(s => ids.Contains(s.InitiatiefId))
            .GroupBy(s => s.InitiatiefId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var wijken = areas.Wijken.Where(w => coordinator.MayOpen(w.Name)).Select(w => w.Name).ToList();
        return Model(KaartMarkers.From(initiatieven, areas, supporters), filter, wijken);
    }

    private KaartModel Model(IReadOnlyList<KaartMarker> markers, KaartFilter filter, IReadOnlyList<string> wijken)
    {
        var centres = areas.Wijken.Where(w => w.ApproximateCentre is not null).Select(w => w.ApproximateCentre!).ToList();
        var (lat, lon) = centres.Count == 0 ? (52.2, 5.2) : (centres.Average(c => c.Latitude), centres.Average(c => c.Longitude));
        return new KaartModel(markers, filter, wijken, options.Value, lat, lon);
    }
}
