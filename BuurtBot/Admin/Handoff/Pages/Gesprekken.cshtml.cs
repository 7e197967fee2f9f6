using BuurtBot.Admin.Accounts;
using BuurtBot.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Admin.Handoff.Pages;

/// <summary>The queue (longest waiting first), my chats, and all chats active in the last day, in my wijken.</summary>
public sealed class GesprekkenModel(BuurtBotDbContext db, TimeProvider time, IOptions<HandoffOptions> options) : PageModel
{
    private static readonly TimeSpan ActiveWindow = TimeSpan.FromHours(24);

    public IReadOnlyList<ConversationRow> Queue { get; private set; } = [];

    public IReadOnlyList<ConversationRow> Mine { get; private set; } = [];

    public IReadOnlyList<ConversationRow> Active { get; private set; } = [];

    public DateTime NowUtc { get; private set; }

    public TimeSpan AlertAfter => options.Value.QueueAlertAfter;

    public bool IsOverdue(ConversationRow row) => row.QueuedUtc is { } queued && NowUtc - queued >= AlertAfter;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>The lists alone, for the live refresh.</summary>
    public async Task<IActionResult> OnGetListsAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Partial("_Lists", this);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var me = Coordinator.From(User);
        NowUtc = time.GetUtcNow().UtcDateTime;
        var visible = db.Conversations.AsNoTracking().VisibleTo(me);
        Queue = await RowsAsync(visible.Where(c => c.Owner == ConversationOwner.Queue).OrderBy(c => c.QueuedUtc), cancellationToken);
        Mine = await RowsAsync(visible.Where(c => c.Owner == ConversationOwner.Coordinator && c.OwnerCoordinatorId == me.Id)
            .OrderByDescending(c => c.UpdatedUtc), cancellationToken);
        var since = NowUtc - ActiveWindow;
        Active = await RowsAsync(visible.Where(c => c.UpdatedUtc >= since).OrderByDescending(c => c.UpdatedUtc).Take(50), cancellationToken);
    }

    private async Task<IReadOnlyList<ConversationRow>> RowsAsync(IQueryable<Conversation> query, CancellationToken cancellationToken)
    {
        var rows = await query.Select(c => new
        {
            c.Id, c.Channel, c.Wijk, c.Owner, c.OwnerCoordinatorId, c.QueuedUtc, c.UpdatedUtc,
            LastLine = db.Transcript.Where(t => t.ConversationId == c.Id).OrderByDescending(t => t.Id).Select(t => t.Text).FirstOrDefault(),
        }).Take(200).ToListAsync(cancellationToken);
        var ownerIds = rows.Select(r => r.OwnerCoordinatorId).OfType<string>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ownerIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.FirstName, cancellationToken);
        return rows.Select(r => new ConversationRow(r.Id, r.Channel, r.Wijk, r.Owner,
            r.OwnerCoordinatorId is { } id ? names.GetValueOrDefault(id) : null, r.QueuedUtc, r.UpdatedUtc, r.LastLine)).ToList();
    }
}
