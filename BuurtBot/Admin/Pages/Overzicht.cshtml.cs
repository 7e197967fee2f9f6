using BuurtBot.Admin.Accounts;
using BuurtBot.Admin.Audit;
using BuurtBot.Reminders;
using Microsoft.AspNetCore.Mvc;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Admin.Pages;

/// <summary>Per wijk I cover: chats waiting, chats active in the last day, residents we cannot reach.</summary>
public sealed class OverzichtModel(BuurtBotDbContext db, AreaCatalog areas, AuditLog audit, TimeProvider time) : PageModel
{
    /// <summary>What the scheduled jobs asked a coordinator to look at (no answer, help needed, the gemeente's own check-in, ...), oldest first.</summary>
    public IReadOnlyList<CoordinatorTask> Tasks { get; private set; } = [];

    public IReadOnlyList<WijkCounts> Rows { get; private set; } = [];

    /// <summary>Initiatieven per wijk (rows) and status (columns); only the wijken I cover.</summary>
    public IReadOnlyList<string> InitiatiefWijken { get; private set; } = [];

    public IReadOnlyDictionary<(string Wijk, InitiatiefStatus Status), int> InitiatiefCounts { get; private set; } = new Dictionary<(string, InitiatiefStatus), int>();

    public int InitiatiefCount(string wijk, InitiatiefStatus status) => InitiatiefCounts.GetValueOrDefault((wijk, status));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = Coordinator.From(User);
        var since = time.GetUtcNow().UtcDateTime.AddHours(-24);
        var counts = await db.Conversations.AsNoTracking().VisibleTo(me)
            .GroupBy(c => c.Wijk)
            .Select(g => new WijkCounts(
                g.Key,
                g.Count(c => c.Owner == ConversationOwner.Queue),
                g.Count(c => c.UpdatedUtc >= since),
                g.Count(c => c.Unreachable)))
            .ToListAsync(cancellationToken);
        var wijken = areas.Wijken.Select(w => w.Name).Where(me.MayOpen).Select(name => (string?)name).Append(null);
        Rows = wijken.Select(w => counts.FirstOrDefault(c => string.Equals(c.Wijk, w, StringComparison.OrdinalIgnoreCase)) ?? new WijkCounts(w, 0, 0, 0))
            .ToList();

        var initiatieven = await db.Initiatieven.AsNoTracking().VisibleTo(me)
            .GroupBy(i => new { i.WijkName, i.Status })
            .Select(g => new { g.Key.WijkName, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        InitiatiefCounts = initiatieven.ToDictionary(c => (c.WijkName, c.Status), c => c.Count);
        InitiatiefWijken = areas.Wijken.Select(w => w.Name).Where(me.MayOpen)
            .Union(initiatieven.Select(c => c.WijkName), StringComparer.OrdinalIgnoreCase)
            .ToList();

        var open = await db.Set<CoordinatorTask>().AsNoTracking()
            .Where(t => t.DoneUtc == null)
            .OrderBy(t => t.CreatedUtc)
            .Take(500)
            .ToListAsync(cancellationToken);
        Tasks = [.. open.Where(t => t.WijkName is null || me.MayOpen(t.WijkName)).Take(100)];
    }

    /// <summary>A coordinator marks a task as dealt with; only for a task of one of their wijken.</summary>
    public async Task<IActionResult> OnPostDoneAsync(long id, CancellationToken cancellationToken)
    {
        var me = Coordinator.From(User);
        var task = await db.Set<CoordinatorTask>().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return NotFound();
        }

        if (task.WijkName is not null && !me.MayOpen(task.WijkName))
        {
            return Forbid();
        }

        task.DoneUtc ??= time.GetUtcNow().UtcDateTime;
        audit.Add(me, "task-done", task.ConversationId, $"{task.Kind} {task.Key}");
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }

    public static string TaskLabel(CoordinatorTaskKind kind) => kind switch
    {
        CoordinatorTaskKind.GeenReactie => "Geen reactie op check-in",
        CoordinatorTaskKind.HulpNodig => "Bewoner vraagt hulp",
        CoordinatorTaskKind.GemeenteCheckIn => "Check-in afspraken gemeente",
        CoordinatorTaskKind.Onbereikbaar => "Bewoner onbereikbaar",
        CoordinatorTaskKind.EvaluatieIngevuld => "Evaluatie ingevuld",
        CoordinatorTaskKind.IngediendBlijftLiggen => "Ingediend, nog niet opgepakt",
        CoordinatorTaskKind.WachtInQueue => "Gesprek wacht te lang",
        CoordinatorTaskKind.BerichtNietVerwerkt => "Bericht niet verwerkt (bewoner kreeg een excuus)",
        _ => kind.ToString(),
    };
}

public sealed record WijkCounts(string? Wijk, int Waiting, int Active, int Unreachable);
