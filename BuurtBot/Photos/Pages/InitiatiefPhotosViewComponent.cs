using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Photos.Pages;

/// <summary>
/// The "Foto's en plek" section of the initiatief's admin page: the photos of the intake and the
/// check-ins, each with whether it may be public, and the point on a small map. The page has
/// checked the coordinator may open this initiatief before it renders.
/// </summary>
public sealed class InitiatiefPhotosViewComponent(BuurtBotDbContext db, AreaCatalog areas) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Initiatief initiatief)
    {
        ArgumentNullException.ThrowIfNull(initiatief);
        var photos = await db.Photos.AsNoTracking().Where(p => p.InitiatiefId == initiatief.Id).OrderBy(p => p.ReceivedUtc).ToListAsync(HttpContext.RequestAborted);
        var map = initiatief.Location is { Latitude: { } lat, Longitude: { } lon } ? AreaSketch.Of(areas, new GeoLocation(lat, lon)) : null;
        return View("/Photos/Pages/InitiatiefPhotos.cshtml", new InitiatiefPhotos(initiatief, photos, map));
    }
}
