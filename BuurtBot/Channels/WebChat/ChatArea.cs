using BuurtBot.Dialogs.Domain.Areas;

namespace BuurtBot.Channels.WebChat;

/// <summary>
/// <c>/chat/gebied.json</c>: the gemeente's wijken with their rough centres and the box around them,
/// for the chat page's small map to place a pin (drawn by the page itself: no tile server, nothing
/// leaves for a third party). The same area file the dialogs check the point against.
/// </summary>
internal static class ChatArea
{
    // Around the outermost centres: a wijk reaches beyond its centre, and the dialog's own limit is 5 km.
    private const double MarginDegrees = 0.02;

    public static IResult Get(AreaCatalog areas, HttpContext context)
    {
        var wijken = areas.Wijken.Where(w => w.ApproximateCentre is not null).ToList();
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Json(new
        {
            gemeente = areas.Gemeente.Name,
            south = wijken.Min(w => w.ApproximateCentre!.Latitude) - MarginDegrees,
            north = wijken.Max(w => w.ApproximateCentre!.Latitude) + MarginDegrees,
            west = wijken.Min(w => w.ApproximateCentre!.Longitude) - MarginDegrees,
            east = wijken.Max(w => w.ApproximateCentre!.Longitude) + MarginDegrees,
            wijken = wijken.Select(w => new { name = w.Name, latitude = w.ApproximateCentre!.Latitude, longitude = w.ApproximateCentre.Longitude }),
        });
    }
}
