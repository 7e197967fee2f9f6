using BuurtBot.Dialogs.Domain.Initiatieven;
using Microsoft.AspNetCore.Mvc;

namespace BuurtBot.Monitoring.Pages;

/// <summary>
/// The "Monitoring" section of the initiatief's admin page, on its own, so the page only names it.
/// The page has checked the coordinator may open this initiatief before it renders.
/// </summary>
public sealed class MonitoringTimelineViewComponent(MonitoringTimeline timeline) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Initiatief initiatief) =>
        View("/Monitoring/Pages/MonitoringTimeline.cshtml", await timeline.ForAsync(initiatief, HttpContext.RequestAborted));
}
