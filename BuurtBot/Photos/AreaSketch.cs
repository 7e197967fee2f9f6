using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Photos;

/// <summary>
/// A point among the gemeente's wijk centres, in the units of a 400-wide SVG: the coordinator's view
/// of where the spot is, drawn on the page itself (no tile server). The chat page's pin map uses the same box.
/// </summary>
public sealed record AreaSketch(int Width, int Height, IReadOnlyList<(string Name, double X, double Y)> Wijken, (double X, double Y) Point, string NearestWijk)
{
    private const double MarginDegrees = 0.02;

    public static AreaSketch? Of(AreaCatalog areas, GeoLocation point)
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(point);
        var wijken = areas.Wijken.Where(w => w.ApproximateCentre is not null).ToList();
        if (wijken.Count == 0)
        {
            return null;
        }

        var south = wijken.Min(w => w.ApproximateCentre!.Latitude) - MarginDegrees;
        var north = wijken.Max(w => w.ApproximateCentre!.Latitude) + MarginDegrees;
        var west = wijken.Min(w => w.ApproximateCentre!.Longitude) - MarginDegrees;
        var east = wijken.Max(w => w.ApproximateCentre!.Longitude) + MarginDegrees;
        const int width = 400;
        var height = (int)Math.Round(width * (north - south) / ((east - west) * Math.Cos((north + south) / 2 * Math.PI / 180)));
        (double X, double Y) At(double latitude, double longitude) =>
            (Math.Clamp((longitude - west) / (east - west), 0, 1) * width, Math.Clamp((north - latitude) / (north - south), 0, 1) * height);
        return new AreaSketch(
            width,
            height,
            [.. wijken.Select(w => (w.Name, At(w.ApproximateCentre!.Latitude, w.ApproximateCentre.Longitude).X, At(w.ApproximateCentre.Latitude, w.ApproximateCentre.Longitude).Y))],
            At(point.Latitude, point.Longitude),
            areas.SuggestWijkNear(point)?.Name ?? "buiten de wijken");
    }
}
