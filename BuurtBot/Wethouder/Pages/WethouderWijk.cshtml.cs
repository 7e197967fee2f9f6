using BuurtBot.Admin.Accounts;
using BuurtBot.Dialogs.Domain.Areas;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BuurtBot.Wethouder.Pages;

/// <summary>One wijk for its wijkwethouder, read-only; 403 for a wijk the account does not hold.</summary>
public sealed class WethouderWijkModel(AreaCatalog areas, WethouderOverzicht overzicht) : PageModel
{
    public WethouderWijk Wijk { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string wijk, CancellationToken cancellationToken)
    {
        if (areas.FindWijk(wijk) is not { } found)
        {
            return NotFound();
        }

        if (!Coordinator.From(User).MayOpen(found.Name))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Wijk = await overzicht.ForAsync(found.Name, cancellationToken);
        return Page();
    }
}
