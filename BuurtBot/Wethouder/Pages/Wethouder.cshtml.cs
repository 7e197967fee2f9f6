using BuurtBot.Admin.Accounts;
using BuurtBot.Dialogs.Domain.Areas;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BuurtBot.Wethouder.Pages;

/// <summary>The wijken a wijkwethouder holds (a beheerder: all, a coordinator: theirs), each linking to its page.</summary>
public sealed class WethouderModel(AreaCatalog areas) : PageModel
{
    public IReadOnlyList<string> Wijken { get; private set; } = [];

    public void OnGet()
    {
        var me = Coordinator.From(User);
        Wijken = [.. areas.Wijken.Select(w => w.Name).Where(w => me.MayOpen(w))];
    }
}
