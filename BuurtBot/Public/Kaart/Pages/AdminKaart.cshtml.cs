using BuurtBot.Admin.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace BuurtBot.Public.Kaart.Pages;

/// <summary>The public map's view for coordinators: their wijken only, unpublished initiatieven included and labelled.</summary>
public sealed class AdminKaartModel(KaartService kaart, IOptions<KaartOptions> options) : PageModel
{
    public KaartModel Kaart { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Kaart = await kaart.ForCoordinatorAsync(Coordinator.From(User), KaartFilter.From(Request), cancellationToken);
        PublicExtensions.AllowTiles(HttpContext, options.Value);
        // Unpublished texts: never in a shared cache.
        Response.Headers.CacheControl = "no-store";
    }
}
