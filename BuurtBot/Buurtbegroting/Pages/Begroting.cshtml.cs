using BuurtBot.Admin;
using BuurtBot.Admin.Accounts;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Domain.Buurtbegrotingen;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BuurtBot.Buurtbegroting.Pages;

/// <summary>
/// The buurtbegroting of every wijk in one year: budget, committed, remaining. Staff read it; a beheerder
/// sets a wijk's budget (audited). Not found while the buurtbegroting is off.
/// </summary>
public sealed class BegrotingModel(Buurtbegrotingen begrotingen, AreaCatalog areas) : PageModel
{
    public int Year { get; private set; }

    public IReadOnlyList<string> Wijken { get; private set; } = [];

    public IReadOnlyDictionary<string, BegrotingsStand> Standen { get; private set; } = new Dictionary<string, BegrotingsStand>();

    public bool MaySet { get; private set; }

    public string? Error { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] int? year, CancellationToken cancellationToken)
    {
        if (!begrotingen.Enabled)
        {
            return NotFound();
        }

        await LoadAsync(year, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromQuery] int? year, string wijk, string? bedrag, CancellationToken cancellationToken)
    {
        if (!begrotingen.Enabled)
        {
            return NotFound();
        }

        var me = Coordinator.From(User);
        if (!me.IsBeheerder)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        await LoadAsync(year, cancellationToken);
        if (areas.FindWijk(wijk ?? "") is not { } found)
        {
            return NotFound();
        }

        if (!InitiatiefDisplay.TryParseAmount(bedrag, out var euros) || euros is not { } amount || amount < 0)
        {
            Error = $"Vul voor {found.Name} een bedrag in euro's in, bijvoorbeeld 25000 of 12500,50.";
            return Page();
        }

        await begrotingen.SetAsync(found.Name, Year, BegrotingsPost.CentsOf(amount), me, cancellationToken);
        Notice = $"De buurtbegroting {Year} van {found.Name} is {InitiatiefDisplay.Amount(amount)}.";
        return RedirectToPage(new { year = Year });
    }

    private async Task LoadAsync(int? year, CancellationToken cancellationToken)
    {
        Year = year is >= 2000 and <= 9999 ? year.Value : begrotingen.ThisYear;
        Wijken = [.. areas.Wijken.Select(w => w.Name)];
        Standen = await begrotingen.AllAsync(Year, cancellationToken);
        MaySet = Coordinator.From(User).IsBeheerder;
    }
}
