using BuurtBot.Admin.Accounts;
using BuurtBot.Dialogs.Domain.Peilingen;
using BuurtBot.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Peilingen.Pages;

/// <summary>One peiling's result: live counts while it is open, the final result (and draagvlak) once closed.</summary>
public sealed class PeilingDetailModel(BuurtBotDbContext db, IOptions<PeilingenOptions> options) : PageModel
{
    public Peiling Peiling { get; private set; } = null!;

    public string? InitiatiefTitle { get; private set; }

    public IReadOnlyList<PeilingOptionCount> Counts { get; private set; } = [];

    public int Sent { get; private set; }

    public int Participants { get; private set; }

    public bool? Draagvlak { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Set<Peiling>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } peiling)
        {
            return NotFound();
        }

        if (!Coordinator.From(User).MayOpen(peiling.Wijk))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Peiling = peiling;
        InitiatiefTitle = peiling.InitiatiefId is { } initiatiefId
            ? await db.Initiatieven.AsNoTracking().Where(i => i.Id == initiatiefId).Select(i => i.Title).FirstOrDefaultAsync(cancellationToken)
            : null;
        var answers = await db.Set<PeilingAnswer>().AsNoTracking().Where(a => a.PeilingId == id).Select(a => a.OptionIndex).ToListAsync(cancellationToken);
        Counts = PeilingTally.Count(peiling.Options, answers);
        Participants = answers.Count;
        Sent = await db.Set<PeilingDelivery>().CountAsync(d => d.PeilingId == id, cancellationToken);
        Draagvlak = peiling.Status == PeilingStatus.Gesloten ? PeilingTally.Draagvlak(peiling.Kind, Counts, options.Value) : null;
        return Page();
    }
}
