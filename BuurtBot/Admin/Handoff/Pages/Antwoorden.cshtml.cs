using BuurtBot.Admin.Accounts;
using BuurtBot.Admin.Audit;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Admin.Handoff.Pages;

/// <summary>Beheerders only: the canned replies coordinators can insert, per wijk or for all.</summary>
public sealed class AntwoordenModel(BuurtBotDbContext db, AreaCatalog areas, AuditLog audit) : PageModel
{
    public IReadOnlyList<CannedReply> Replies { get; private set; } = [];

    public IReadOnlyList<string> AllWijken => areas.Wijken.Select(w => w.Name).ToList();

    [BindProperty]
    public string? Wijk { get; set; }

    [BindProperty]
    public string Title { get; set; } = "";

    [BindProperty]
    public string Text { get; set; } = "";

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var wijk = string.IsNullOrEmpty(Wijk) ? null : areas.FindWijk(Wijk)?.Name;
        if (Title.Trim().Length is 0 or > 100 || Text.Trim().Length is 0 or > 4000 || (!string.IsNullOrEmpty(Wijk) && wijk is null))
        {
            Error = "Vul een titel (hoogstens 100 tekens) en een tekst in, en kies een bestaande wijk.";
            await LoadAsync(cancellationToken);
            return Page();
        }

        var reply = new CannedReply { Wijk = wijk, Title = Title.Trim(), Text = Text.Trim() };
        db.CannedReplies.Add(reply);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(Coordinator.From(User), AuditActions.CannedReplyAdded, detail: $"#{reply.Id} {wijk ?? "alle wijken"}", cancellationToken: cancellationToken);
        return Redirect("/admin/antwoorden");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.CannedReplies.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken) > 0)
        {
            await audit.RecordAsync(Coordinator.From(User), AuditActions.CannedReplyDeleted, detail: $"#{id}", cancellationToken: cancellationToken);
        }

        return Redirect("/admin/antwoorden");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Replies = await db.CannedReplies.AsNoTracking().OrderBy(r => r.Wijk).ThenBy(r => r.Title).ToListAsync(cancellationToken);
}
