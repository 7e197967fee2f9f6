using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Domain.Initiatieven;

namespace BuurtBot.Public.Kaart;

/// <summary>Turns initiatieven into map markers: their own point when they have one, else their wijk's centre.</summary>
public static class KaartMarkers
{
    public static IReadOnlyList<KaartMarker> From(IEnumerable<Initiatief> initiatieven, AreaCatalog areas, IReadOnlyDictionary<Guid, int> supporters)
    {
        return initiatieven.Select(i =>
        {
            var (lat, lon, approximate) = Position(i, areas);
            return new KaartMarker(i.Id, i.Title, i.Thema, i.Status, i.WijkName, i.BuurtName, lat, lon, approximate,
                i.IsPublished, supporters.GetValueOrDefault(i.Id));
        }).ToList();
    }

    /// <summary>The point shown for an initiatief and whether it is only its wijk's centre.</summary>
    public static (double? Latitude, double? Longitude, bool Approximate) Position(Initiatief initiatief, AreaCatalog areas)
    {
        if (initiatief.Location is { Latitude: { } lat, Longitude: { } lon })
        {
            return (lat, lon, false);
        }

        var centre = areas.FindWijk(initiatief.WijkName)?.ApproximateCentre;
        return centre is null ? (null, null, true) : (centre.Latitude, centre.Longitude, true);
    }
}
