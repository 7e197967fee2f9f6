using BuurtBot.Admin.Accounts;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Scheduling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BuurtBot.Wijkjaar.Pages;

/// <summary>
/// The wijkgesprek of one wijk and year, for its wijkteam: per question the themes residents named
/// with how many, and the sentences they typed. The sentences are residents' own words, so the page is
/// only for the wijk's coordinators and the beheerders (403 for other staff); the public page of the
/// wijk shows the counts.
/// </summary>
public sealed class WijkjaarWijkgesprekModel(AreaCatalog areas, Wijkgesprekken gesprekken, TimeProvider time) : PageModel
{
    public WijkgesprekOverzicht Overzicht { get; private set; } = new("", 0, 0, []);

    public async Task<IActionResult> OnGetAsync(string wijk, [FromQuery] int? year, CancellationToken cancellationToken)
    {
        if (areas.FindWijk(wijk) is not { } found)
        {
            return NotFound();
        }

        if (!Coordinator.From(User).MayStartPeilingIn(found.Name))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var shown = year is >= 2000 and <= 9999 ? year.Value : AmsterdamTime.DateOf(time.GetUtcNow()).Year;
        Overzicht = await gesprekken.ForAsync(found.Name, shown, withTexts: true, cancellationToken);
        return Page();
    }
}
