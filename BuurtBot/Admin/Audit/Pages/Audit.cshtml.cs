using BuurtBot.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Admin.Audit.Pages;

/// <summary>Beheerders only: the latest coordinator actions, newest first.</summary>
public sealed class AuditModel(BuurtBotDbContext db) : PageModel
{
    private const int Shown = 200;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Entries = await db.AuditLog.AsNoTracking().OrderByDescending(a => a.Id).Take(Shown).ToListAsync(cancellationToken);
}
