using BuurtBot.Admin.Accounts;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Initiatieven.Pages;

/// <summary>
/// The review of what the public may read of one initiatief: the resident's texts with likely
/// personal data marked, beside the public wording the coordinator edits and approves. Only a
/// coordinator of the initiatief's wijk (or a beheerder) opens it, GET or POST.
/// </summary>
public sealed class OpenbareTekstModel(BuurtBotDbContext db, PublicTextReview review) : PageModel
{
    public Initiatief Initiatief { get; private set; } = null!;

    public string? Error { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    [BindProperty]
    public string Title { get; set; } = "";

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Doel { get; set; }

    [BindProperty]
    public string SourceFingerprint { get; set; } = "";

    [BindProperty]
    public List<AfspraakTextInput> Afspraken { get; set; } = [];

    private Coordinator Me { get; set; } = null!;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!Guid.TryParse(context.RouteData.Values["id"]?.ToString(), out var id)
            || await db.Initiatieven.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, HttpContext.RequestAborted) is not { } initiatief)
        {
            context.Result = NotFound();
            return;
        }

        Me = Coordinator.From(User);
        if (!Me.MayOpen(initiatief.WijkName))
        {
            context.Result = StatusCode(StatusCodes.Status403Forbidden);
            return;
        }

        Initiatief = initiatief;
        await next();
    }

    public void OnGet() => Fill();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var input = new PublicTextInput(
            Title ?? "",
            Description ?? "",
            Doel ?? "",
            Afspraken.ToDictionary(a => a.Id, a => a.Text ?? ""),
            SourceFingerprint,
            Afspraken.ToDictionary(a => a.Id, a => a.SourceFingerprint));
        try
        {
            await review.ApproveAsync(Initiatief.Id, Me, input, cancellationToken);
        }
        catch (UnauthorizedAccessException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (StalePublicTextException e)
        {
            Error = e.Message;
            await ReloadAsync(cancellationToken);
            Fill();
            return Page();
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException)
        {
            // Keep what the coordinator typed; say what is wrong with it.
            Error = e is ArgumentException ? "Geef een openbare titel van hoogstens " + Initiatief.MaxTitleLength + " tekens; beschrijving en doel hoogstens " + Initiatief.MaxDescriptionLength + " tekens, een afspraak hoogstens 500." : e.Message;
            return Page();
        }

        Notice = "De openbare tekst is goedgekeurd. De kaart, de open data en de deellink tonen hem nu.";
        return Redirect($"/admin/initiatieven/{Initiatief.Id}/openbaar");
    }

    /// <summary>The form starts from the approved wording when there is one for these texts, else from the resident's own.</summary>
    private void Fill()
    {
        var approved = Initiatief.HasApprovedPublicText ? Initiatief.PublicText : null;
        Title = approved?.Title ?? Initiatief.Title;
        Description = approved?.Description ?? Initiatief.Description;
        Doel = approved?.Doel ?? Initiatief.Doel;
        SourceFingerprint = Initiatief.TextFingerprint;
        Afspraken = [.. (Initiatief.Deal?.Afspraken ?? []).Select(a => new AfspraakTextInput
        {
            Id = a.Id,
            Text = Initiatief.ApprovedAfspraakText(a)?.Description ?? a.Description,
            SourceFingerprint = PublicTextFingerprint.Of(a.Description),
        })];
    }

    private async Task ReloadAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        Initiatief = await db.Initiatieven.AsNoTracking().SingleAsync(i => i.Id == Initiatief.Id, cancellationToken);
        ModelState.Clear();
    }
}
