using BuurtBot.Admin.Accounts;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Admin.Pages.Overzicht;

/// <summary>Per wijk I cover: chats waiting, chats active in the last day, residents we cannot reach.</summary>
public sealed class IndexModel(BuurtBotDbContext db, AreaCatalog areas, TimeProvider time) : PageModel
{
    public IReadOnlyList<WijkCounts> Rows { get; private set; } = [];

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
    }
}

public sealed record WijkCounts(string? Wijk, int Waiting, int Active, int Unreachable);
