using BuurtBot.Admin.Accounts;
using BuurtBot.Dialogs.Domain.Initiatieven;
using Microsoft.AspNetCore.Mvc;

namespace BuurtBot.Wethouder.Pages;

/// <summary>The "Ter bespreking met de wijkwethouder" section of the initiatief's admin page; the page has checked the wijk.</summary>
public sealed class WethouderBesprekingViewComponent(WethouderBesprekingen besprekingen) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Initiatief initiatief)
    {
        ArgumentNullException.ThrowIfNull(initiatief);
        var mayEdit = Coordinator.From(UserClaimsPrincipal).MayStartPeilingIn(initiatief.WijkName);
        return View("/Wethouder/Pages/WethouderBespreking.cshtml",
            new WethouderBesprekingSection(initiatief.Id, await besprekingen.ForAsync(initiatief.Id, HttpContext.RequestAborted), mayEdit));
    }
}

public sealed record WethouderBesprekingSection(Guid InitiatiefId, WethouderBespreking? Bespreking, bool MayEdit);
