using BuurtBot.Admin.Accounts;
using BuurtBot.Admin.Audit;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Domain.Peilingen;
using BuurtBot.Scheduling;
using BuurtBot.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Peilingen.Pages;

/// <summary>
/// A coordinator starts a peiling in one of their wijken (a beheerder: in any). Every rule is checked
/// here on the server, with the problem shown at its field; nothing is stored until all are met.
/// Times are typed in Amsterdam time.
/// </summary>
public sealed class PeilingNieuwModel(BuurtBotDbContext db, AreaCatalog areas, AuditLog audit, PeilingScheduler scheduler, TimeProvider time) : PageModel
{
    [BindProperty]
    public PeilingKind Kind { get; set; } = PeilingKind.Keuze;

    [BindProperty]
    public string? Question { get; set; }

    [BindProperty]
    public List<string?> Options { get; set; } = [];

    [BindProperty]
    public PeilingTarget Target { get; set; } = PeilingTarget.Buurt;

    [BindProperty]
    public string? Wijk { get; set; }

    [BindProperty]
    public string? Buurt { get; set; }

    [BindProperty]
    public Guid? InitiatiefId { get; set; }

    /// <summary>Amsterdam time; empty: now.</summary>
    [BindProperty]
    public DateTime? Opens { get; set; }

    /// <summary>Amsterdam time.</summary>
    [BindProperty]
    public DateTime? Closes { get; set; }

    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.Ordinal);

    public IReadOnlyList<Wijk> MyWijken { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Title, string Wijk)> MyInitiatieven { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var me = Coordinator.From(User);
        var now = time.GetUtcNow().UtcDateTime;
        Initiatief? initiatief = null;
        if (InitiatiefId is { } initiatiefId)
        {
            initiatief = await db.Initiatieven.AsNoTracking().VisibleTo(me).FirstOrDefaultAsync(i => i.Id == initiatiefId, cancellationToken);
            if (initiatief is null)
            {
                Errors["InitiatiefId"] = "Dit initiatief bestaat niet of hoort niet bij jouw wijken.";
            }
        }

        // A peiling about an initiatief belongs to the initiatief's wijk.
        var wijk = initiatief?.WijkName ?? Wijk;
        if (areas.FindWijk(wijk ?? "") is not { } area)
        {
            Errors.TryAdd("Wijk", "Kies een wijk.");
        }
        else if (!me.MayStartPeilingIn(area.Name))
        {
            Errors["Wijk"] = $"Je kunt alleen een peiling starten in je eigen wijken; {area.Name} hoort daar niet bij.";
        }
        else if (Target == PeilingTarget.Buurt && !string.IsNullOrWhiteSpace(Buurt) && !area.Buurten.Any(b => b.Name == Buurt))
        {
            Errors["Buurt"] = $"De buurt {Buurt} ligt niet in wijk {area.Name}.";
        }

        var opensUtc = ToUtc(Opens, "Opens") ?? now;
        var closesUtc = ToUtc(Closes, "Closes");
        if (Closes is null)
        {
            Errors.TryAdd("Closes", "Vul de sluitingstijd in.");
        }

        var draft = new PeilingDraft(Kind, Question ?? "", [.. Options.Select(o => o ?? "")], Target, areas.FindWijk(wijk ?? "")?.Name ?? "", Buurt, InitiatiefId, opensUtc, closesUtc ?? now);
        foreach (var (field, problem) in PeilingRules.Check(draft, now))
        {
            Errors.TryAdd(field, problem);
        }

        if (Errors.Count > 0)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var peiling = Peiling.Create(draft, me.Id, now);
        db.Set<Peiling>().Add(peiling);
        audit.Add(me, AuditActions.PeilingCreated, detail: $"{peiling.Id}: {peiling.Question}");
        await db.SaveChangesAsync(cancellationToken);
        await scheduler.ScheduleAsync(peiling, cancellationToken);
        TempData["Notice"] = "De peiling is gestart. Bewoners die peilingen willen krijgen hem in hun eigen chat (niet 's avonds, 's nachts of op zondag).";
        return Redirect($"/admin/peilingen/{peiling.Id}");
    }

    private DateTime? ToUtc(DateTime? amsterdam, string field)
    {
        if (amsterdam is not { } local)
        {
            return null;
        }

        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (AmsterdamTime.Zone.IsInvalidTime(unspecified))
        {
            Errors[field] = "Dit tijdstip bestaat niet (de klok gaat dan een uur vooruit); kies een ander.";
            return null;
        }

        return TimeZoneInfo.ConvertTimeToUtc(unspecified, AmsterdamTime.Zone);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var me = Coordinator.From(User);
        MyWijken = [.. areas.Wijken.Where(w => me.MayStartPeilingIn(w.Name))];
        var open = await db.Initiatieven.AsNoTracking().VisibleTo(me)
            .Where(i => i.Status != InitiatiefStatus.Afgerond && i.Status != InitiatiefStatus.Afgewezen && i.Status != InitiatiefStatus.Ingetrokken)
            .OrderBy(i => i.Title)
            .Select(i => new { i.Id, i.Title, i.WijkName })
            .Take(300)
            .ToListAsync(cancellationToken);
        MyInitiatieven = [.. open.Select(i => (i.Id, i.Title, i.WijkName))];
        while (Options.Count < Peiling.MaxOptions)
        {
            Options.Add(null);
        }
    }
}
