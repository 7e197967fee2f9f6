using BuurtBot.Admin.Accounts;
using BuurtBot.Dialogs.Domain.Peilingen;
using BuurtBot.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Peilingen.Pages;

/// <summary>The peilingen of my wijken, newest first, with their live counts.</summary>
public sealed class PeilingenModel(BuurtBotDbContext db) : PageModel
{
    private const int MaxRows = 200;

    public IReadOnlyList<PeilingRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = Coordinator.From(User);
        Rows = await db.Set<Peiling>().AsNoTracking().VisibleTo(me)
            .OrderByDescending(p => p.CreatedUtc)
            .Take(MaxRows)
            .Select(p => new PeilingRow(
                p.Id, p.Question, p.Target, p.Wijk, p.Buurt, p.ClosesUtc, p.Status,
                db.Set<PeilingDelivery>().Count(d => d.PeilingId == p.Id),
                db.Set<PeilingAnswer>().Count(a => a.PeilingId == p.Id)))
            .ToListAsync(cancellationToken);
    }
}
