using BuurtBot.Admin.Accounts;
using BuurtBot.Admin.Audit;
using BuurtBot.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Admin.Handoff.Pages;

/// <summary>
/// One chat: the full transcript, reply box, notes, take over and hand back. Every handler, GET or
/// POST, passes the wijk check in <see cref="OnPageHandlerExecutionAsync"/> first: 403 outside my wijken.
/// </summary>
public sealed class GesprekModel(BuurtBotDbContext db, HandoffService handoff, AuditLog audit, TimeProvider time) : PageModel
{
    public const int MaxTextLength = 4000;

    public Conversation Conversation { get; private set; } = null!;

    public Coordinator Me { get; private set; } = null!;

    public IReadOnlyList<TranscriptEntry> Lines { get; private set; } = [];

    public IReadOnlyList<ConversationNote> Notes { get; private set; } = [];

    public IReadOnlyList<CannedReply> CannedReplies { get; private set; } = [];

    /// <summary>The initiatieven this resident submitted or joined, newest first.</summary>
    public IReadOnlyList<Dialogs.Domain.Initiatieven.Initiatief> Initiatieven { get; private set; } = [];

    public string? HolderName { get; private set; }

    public string? Message { get; private set; }

    [BindProperty]
    public string? ReplyText { get; set; }

    [BindProperty]
    public string? NoteText { get; set; }

    public bool IsMine => Conversation.Owner == ConversationOwner.Coordinator && Conversation.OwnerCoordinatorId == Me.Id;

    public bool MayHandBack => Conversation.Owner != ConversationOwner.Bot && (IsMine || Me.IsBeheerder);

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!Guid.TryParse(context.RouteData.Values["id"]?.ToString(), out var id)
            || await db.Conversations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, HttpContext.RequestAborted) is not { } conversation)
        {
            context.Result = NotFound();
            return;
        }

        Me = Coordinator.From(User);
        if (!Me.MayOpen(conversation.Wijk))
        {
            context.Result = StatusCode(StatusCodes.Status403Forbidden);
            return;
        }

        Conversation = conversation;
        await next();
    }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetTranscriptAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Partial("_Transcript", this);
    }

    public async Task<IActionResult> OnGetOwnershipAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Partial("_Ownership", this);
    }

    public async Task<IActionResult> OnPostTakeOverAsync(CancellationToken cancellationToken)
    {
        var result = await handoff.TakeOverAsync(Conversation.Id, Me, cancellationToken);
        return result.Won ? Reload() : await ShowAsync($"Dit gesprek is al overgenomen door {result.HeldBy ?? "een andere coördinator"}.", cancellationToken);
    }

    public async Task<IActionResult> OnPostReplyAsync(CancellationToken cancellationToken)
    {
        var text = ReplyText?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxTextLength)
        {
            return await ShowAsync($"Typ een bericht van hoogstens {MaxTextLength} tekens.", cancellationToken);
        }

        return await handoff.SendAsCoordinatorAsync(Conversation.Id, Me, text, cancellationToken)
            ? Reload()
            : await ShowAsync("Neem het gesprek eerst over; daarna kun je antwoorden.", cancellationToken);
    }

    public async Task<IActionResult> OnPostHandBackAsync(bool menu, CancellationToken cancellationToken) =>
        await handoff.HandBackAsync(Conversation.Id, Me, menu, cancellationToken)
            ? Reload()
            : await ShowAsync("Alleen wie het gesprek heeft, kan het teruggeven.", cancellationToken);

    public async Task<IActionResult> OnPostNoteAsync(CancellationToken cancellationToken)
    {
        var text = NoteText?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxTextLength)
        {
            return await ShowAsync($"Typ een notitie van hoogstens {MaxTextLength} tekens.", cancellationToken);
        }

        db.ConversationNotes.Add(new ConversationNote
        {
            ConversationId = Conversation.Id,
            AuthorId = Me.Id,
            AuthorName = Me.FirstName,
            Text = text,
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        });
        audit.Add(Me, AuditActions.NoteAdded, Conversation.Id);
        await db.SaveChangesAsync(cancellationToken);
        return Reload();
    }

    private RedirectResult Reload() => Redirect($"/admin/gesprekken/{Conversation.Id}");

    private async Task<IActionResult> ShowAsync(string message, CancellationToken cancellationToken)
    {
        Message = message;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        Conversation = await db.Conversations.AsNoTracking().SingleAsync(c => c.Id == Conversation.Id, cancellationToken);
        Lines = await db.Transcript.AsNoTracking().Where(t => t.ConversationId == Conversation.Id).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        Notes = await db.ConversationNotes.AsNoTracking().Where(n => n.ConversationId == Conversation.Id).OrderBy(n => n.Id).ToListAsync(cancellationToken);
        var wijk = Conversation.Wijk;
        CannedReplies = await db.CannedReplies.AsNoTracking().Where(r => r.Wijk == null || r.Wijk == wijk).OrderBy(r => r.Title).ToListAsync(cancellationToken);
        // A resident's id on an initiatief is their conversation's id ("D" format).
        var residentId = Conversation.Id.ToString("D");
        Initiatieven = await db.Initiatieven.AsNoTracking().VisibleTo(Me)
            .Where(i => i.InitiatiefnemerId == residentId || EF.Property<List<string>>(i, "_medeInitiatiefnemerIds").Contains(residentId))
            .OrderByDescending(i => i.CreatedAt)
            .ToListAsync(cancellationToken);
        HolderName = Conversation.OwnerCoordinatorId is { } holder
            ? await db.Users.AsNoTracking().Where(u => u.Id == holder).Select(u => u.FirstName).FirstOrDefaultAsync(cancellationToken)
            : null;
    }
}
