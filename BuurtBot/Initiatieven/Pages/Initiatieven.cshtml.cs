using BuurtBot.Admin.Accounts;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Initiatieven.Pages;

/// <summary>The initiatieven in my wijken, newest first, filtered by a GET form so a filtered list can be bookmarked.</summary>
public sealed class InitiatievenModel(BuurtBotDbContext db, AreaCatalog areas, TimeProvider time) : PageModel
{
    private const int MaxRows = 200;

    [BindProperty(SupportsGet = true)]
    public string? Wijk { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Buurt { get; set; }

    [BindProperty(SupportsGet = true)]
    public InitiatiefStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public Thema? Thema { get; set; }

    public IReadOnlyList<Wijk> MyWijken { get; private set; } = [];

    public IReadOnlyList<InitiatiefRow> Rows { get; private set; } = [];

    public DateTime NowUtc { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = Coordinator.From(User);
        NowUtc = time.GetUtcNow().UtcDateTime;
        MyWijken = areas.Wijken.Where(w => me.MayOpen(w.Name)).ToList();
        var query = db.Initiatieven.AsNoTracking().VisibleTo(me);
        if (!string.IsNullOrEmpty(Wijk))
        {
            query = query.Where(i => i.WijkName == Wijk);
        }

        if (!string.IsNullOrEmpty(Buurt))
        {
            query = query.Where(i => i.BuurtName == Buurt);
        }

        if (Status is { } status)
        {
            query = query.Where(i => i.Status == status);
        }

        if (Thema is { } thema)
        {
            query = query.Where(i => i.Thema == thema);
        }

        Rows = await query.OrderByDescending(i => i.CreatedAt)
            .Select(i => new InitiatiefRow(i.Id, i.Title, i.WijkName, i.BuurtName, i.Thema, i.Status, i.CreatedAt, i.Timeline.Max(t => t.At)))
            .Take(MaxRows)
            .ToListAsync(cancellationToken);
    }
}
