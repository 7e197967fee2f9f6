using System.Text;
using BuurtBot.Admin.Accounts;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Scheduling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BuurtBot.Inzicht.Pages;

/// <summary>
/// Gesprekken-inzicht: where residents stall in the intake and the deal review, as counts only. A beheerder
/// sees every wijk (and "alle wijken", with those who never named one); a coordinator only the wijken they
/// cover, and gets 403 for another. Fewer than five residents shows "&lt; 5".
/// </summary>
public sealed class InzichtModel(InzichtFigures figures, HandoffInzichtQuery handoffs, MonitoringInzichtQuery monitoring, AreaCatalog areas, TimeProvider time) : PageModel
{
    private const int DefaultDays = 30;

    public DateOnly Van { get; private set; }

    public DateOnly Tot { get; private set; }

    /// <summary>The chosen wijk; null for all the wijken one may see.</summary>
    public string? Wijk { get; private set; }

    /// <summary>The wijken in the chooser: every wijk for a beheerder, one's own for a coordinator.</summary>
    public IReadOnlyList<string> Wijken { get; private set; } = [];

    public bool IsBeheerder { get; private set; }

    public IReadOnlyList<DialogFunnel> Funnels { get; private set; } = [];

    /// <summary>The hand-offs to a coordinator and the waits for one, of the same period and wijken.</summary>
    public HandoffInzicht? Handoffs { get; private set; }

    /// <summary>The check-ins and evaluations of the same period and wijken.</summary>
    public MonitoringInzicht? Monitoring { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] DateOnly? van, [FromQuery] DateOnly? tot, [FromQuery] string? wijk, CancellationToken cancellationToken)
    {
        if (await LoadAsync(van, tot, wijk, cancellationToken) is { } refused)
        {
            return refused;
        }

        return Page();
    }

    /// <summary>The same figures as CSV, with the same suppression.</summary>
    public async Task<IActionResult> OnGetCsvAsync([FromQuery] DateOnly? van, [FromQuery] DateOnly? tot, [FromQuery] string? wijk, CancellationToken cancellationToken)
    {
        if (await LoadAsync(van, tot, wijk, cancellationToken) is { } refused)
        {
            return refused;
        }

        var name = $"gesprekken-inzicht-{Van:yyyy-MM-dd}-{Tot:yyyy-MM-dd}.csv";
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(InzichtCsv.Write(Funnels))).ToArray(), "text/csv; charset=utf-8; header=present", name);
    }

    /// <summary>The hand-offs per reason and the waits as CSV, with the same suppression.</summary>
    public async Task<IActionResult> OnGetHandoffCsvAsync([FromQuery] DateOnly? van, [FromQuery] DateOnly? tot, [FromQuery] string? wijk, CancellationToken cancellationToken)
    {
        if (await LoadAsync(van, tot, wijk, cancellationToken) is { } refused)
        {
            return refused;
        }

        var name = $"handoff-inzicht-{Van:yyyy-MM-dd}-{Tot:yyyy-MM-dd}.csv";
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(InzichtCsv.Write(Handoffs!))).ToArray(), "text/csv; charset=utf-8; header=present", name);
    }

    /// <summary>The check-ins and evaluations as CSV, with the same suppression.</summary>
    public async Task<IActionResult> OnGetMonitoringCsvAsync([FromQuery] DateOnly? van, [FromQuery] DateOnly? tot, [FromQuery] string? wijk, CancellationToken cancellationToken)
    {
        if (await LoadAsync(van, tot, wijk, cancellationToken) is { } refused)
        {
            return refused;
        }

        var name = $"monitoring-inzicht-{Van:yyyy-MM-dd}-{Tot:yyyy-MM-dd}.csv";
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(InzichtCsv.Write(Monitoring!))).ToArray(), "text/csv; charset=utf-8; header=present", name);
    }

    private async Task<IActionResult?> LoadAsync(DateOnly? van, DateOnly? tot, string? wijk, CancellationToken cancellationToken)
    {
        var me = Coordinator.From(User);
        IsBeheerder = me.IsBeheerder;
        Wijken = [.. areas.Wijken.Select(w => w.Name).Where(w => me.IsBeheerder || me.Wijken.Contains(w, StringComparer.OrdinalIgnoreCase))];
        if (!string.IsNullOrWhiteSpace(wijk))
        {
            // Checked on the server: a coordinator asking for another wijk's figures gets 403, not an empty page.
            Wijk = Wijken.FirstOrDefault(w => string.Equals(w, wijk, StringComparison.OrdinalIgnoreCase));
            if (Wijk is null)
            {
                return me.IsBeheerder ? NotFound() : Forbid();
            }
        }

        var today = AmsterdamTime.DateOf(time.GetUtcNow());
        Tot = tot ?? today;
        Van = van is { } from && from <= Tot ? from : Tot.AddDays(-(DefaultDays - 1));
        IReadOnlyCollection<string>? scope = Wijk is { } one ? [one] : me.IsBeheerder ? null : Wijken;
        var fromUtc = AmsterdamTime.At(Van, TimeSpan.Zero).UtcDateTime;
        var toUtc = AmsterdamTime.At(Tot.AddDays(1), TimeSpan.Zero).UtcDateTime;
        var inScope = new InzichtScope(fromUtc, toUtc, scope);
        Funnels = await figures.FunnelsAsync(inScope, cancellationToken);
        Handoffs = await handoffs.ForAsync(inScope, cancellationToken);
        Monitoring = await monitoring.ForAsync(inScope, cancellationToken);
        return null;
    }
}
