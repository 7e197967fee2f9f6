using Microsoft.AspNetCore.Mvc;

namespace BuurtBot.Buurtbegroting.Pages;

/// <summary>The wijk's budget of the year, committed and remaining, on the wijk's admin page and the wethouder's; nothing while the buurtbegroting is off.</summary>
public sealed class BuurtbegrotingStandViewComponent(Buurtbegrotingen begrotingen) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string wijk, int year) =>
        begrotingen.Enabled
            ? View("/Buurtbegroting/Pages/BuurtbegrotingStand.cshtml", new BuurtbegrotingStandModel(wijk, year, await begrotingen.StandAsync(wijk, year, HttpContext.RequestAborted)))
            : Content("");
}

public sealed record BuurtbegrotingStandModel(string Wijk, int Year, Dialogs.Domain.Buurtbegrotingen.BegrotingsStand? Stand);
