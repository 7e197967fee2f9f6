using BuurtBot.Admin;
using BuurtBot.Admin.Accounts;
using BuurtBot.Dialogs.Conversations.Steun;
using BuurtBot.Dialogs.Domain.Buurtbegrotingen;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Photos;
using BuurtBot.Steun;
using BuurtBot.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Initiatieven.Pages;

/// <summary>
/// One initiatief: its details, timeline, the resident's proposal and change requests, the moves
/// allowed from here and the buurtdeal editor. Every change goes through <see cref="InitiatiefWorkflow"/>,
/// which tells the resident; the wijk check in <see cref="OnPageHandlerExecutionAsync"/> runs first on
/// every handler, GET or POST. The domain's refusals are shown as messages, never as a 500.
/// </summary>
public sealed class InitiatiefDetailModel(BuurtBotDbContext db, InitiatiefWorkflow workflow, IShareLinks shareLinks) : PageModel
{
    public const string StaleMessage = "De deal is intussen veranderd. Bekijk de afspraken van de nieuwe versie en accepteer opnieuw als ze kloppen.";

    public Initiatief Initiatief { get; private set; } = null!;

    public Coordinator Me { get; private set; } = null!;

    public IReadOnlyList<DealChangeRequest> OpenRequests { get; private set; } = [];

    public IReadOnlyDictionary<string, string> CoordinatorNames { get; private set; } = new Dictionary<string, string>();

    public string? Error { get; private set; }

    /// <summary>Set when accepting would go over the buurtbegroting: the page then shows why, and a beheerder a confirm button.</summary>
    public BuurtbegrotingOverschredenException? OverBudget { get; private set; }

    /// <summary>Share links (when published), supporters and milestones.</summary>
    public SteunPanel Steun { get; private set; } = null!;

    public string? ReasonError { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public List<AfspraakInput> Proposal { get; set; } = [];

    [BindProperty]
    public AfspraakInput Edit { get; set; } = new();

    /// <summary>A deal can be proposed once the wijkteam has looked at the initiatief and until it ends.</summary>
    public bool MayProposeDeal => Initiatief.Deal is null && Initiatief.Status is InitiatiefStatus.InBehandeling or InitiatiefStatus.Gesprek;

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

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostMoveAsync(InitiatiefStatus to, CancellationToken cancellationToken)
    {
        var reason = string.IsNullOrWhiteSpace(Reason) ? null : Reason.Trim();
        if (to == InitiatiefStatus.Afgewezen && reason is null)
        {
            // Checked here too (the domain refuses as well) so the coordinator gets the message at the field.
            ReasonError = "Geef een reden op: de bewoner hoort waarom het initiatief is afgewezen.";
            await LoadAsync(cancellationToken);
            return Page();
        }

        return await RunAsync(
            () => workflow.MoveAsync(Initiatief.Id, to, Me, reason, cancellationToken),
            $"Het initiatief staat nu op {InitiatiefDisplay.Status(to)}. De bewoner krijgt bericht.",
            cancellationToken);
    }

    public async Task<IActionResult> OnPostProposeAsync(CancellationToken cancellationToken)
    {
        var drafts = new List<AfspraakDraft>();
        foreach (var input in Proposal.Where(p => !p.IsEmpty))
        {
            var (draft, error) = input.ToDraft();
            if (error is not null)
            {
                return await ShowAsync(error, cancellationToken);
            }

            drafts.Add(draft!);
        }

        if (drafts.Count == 0)
        {
            return await ShowAsync("Geef ten minste één afspraak op.", cancellationToken);
        }

        return await RunAsync(
            () => workflow.ProposeDealAsync(Initiatief.Id, drafts, Me, cancellationToken),
            "De buurtdeal is voorgesteld. De bewoner krijgt hem in de chat te zien.",
            cancellationToken);
    }

    public async Task<IActionResult> OnPostAddAfspraakAsync(CancellationToken cancellationToken)
    {
        var (draft, error) = Edit.ToDraft();
        return error is not null
            ? await ShowAsync(error, cancellationToken)
            : await RunAsync(() => workflow.AddAfspraakAsync(Initiatief.Id, draft!, Me, cancellationToken), "De afspraak is toegevoegd.", cancellationToken);
    }

    public async Task<IActionResult> OnPostChangeAfspraakAsync(Guid afspraakId, CancellationToken cancellationToken)
    {
        var (draft, error) = Edit.ToDraft();
        return error is not null
            ? await ShowAsync(error, cancellationToken)
            : await RunAsync(
                () => workflow.ChangeAfspraakAsync(Initiatief.Id, afspraakId, draft!.Description, draft.AmountInEuros, draft.DueDate, draft.StartDate, Me, cancellationToken),
                "De afspraak is gewijzigd.",
                cancellationToken);
    }

    public Task<IActionResult> OnPostRemoveAfspraakAsync(Guid afspraakId, CancellationToken cancellationToken) =>
        RunAsync(() => workflow.RemoveAfspraakAsync(Initiatief.Id, afspraakId, Me, cancellationToken), "De afspraak is verwijderd.", cancellationToken);

    public Task<IActionResult> OnPostSendDealAsync(CancellationToken cancellationToken) =>
        RunAsync(
            () => workflow.SendDealAsync(Initiatief.Id, Me, cancellationToken),
            "Deze versie is naar de bewoner gestuurd. Die ziet in één bericht wat er veranderd is.",
            cancellationToken);

    public Task<IActionResult> OnPostAcceptAsync(int version, bool overBudget, CancellationToken cancellationToken) =>
        RunAsync(
            () => workflow.AcceptForGemeenteAsync(Initiatief.Id, version, Me, cancellationToken, overBudgetConfirmed: overBudget),
            $"De gemeente heeft versie {version} geaccepteerd.",
            cancellationToken);

    public async Task<IActionResult> OnPostHandledAsync(long requestId, CancellationToken cancellationToken)
    {
        try
        {
            await workflow.MarkChangeRequestHandledAsync(Initiatief.Id, requestId, Me, cancellationToken);
        }
        catch (KeyNotFoundException e)
        {
            return await ShowAsync(e.Message, cancellationToken);
        }

        Notice = "Het verzoek is afgehandeld.";
        return Reload();
    }

    /// <summary>A photo of this initiatief made public, or taken back; the coordinator judged faces and licence plates.</summary>
    public async Task<IActionResult> OnPostPhotoAsync(Guid photoId, bool publish, [FromServices] PhotoPublication publication, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publication);
        if (!await publication.SetAsync(Initiatief.Id, photoId, publish, Me, cancellationToken))
        {
            return NotFound();
        }

        Notice = publish ? "De foto is goedgekeurd voor de openbare pagina." : "De foto is niet meer openbaar.";
        return Reload();
    }

    private async Task<IActionResult> RunAsync(Func<Task> change, string done, CancellationToken cancellationToken)
    {
        try
        {
            await change();
        }
        catch (StaleDealVersionException)
        {
            return await ShowAsync(StaleMessage, cancellationToken);
        }
        catch (UnauthorizedAccessException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (BuurtbegrotingOverschredenException e)
        {
            // A coordinator reads why not; a beheerder gets the confirm step for this same version.
            OverBudget = e;
            return await ShowAsync(e.Message, cancellationToken);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or KeyNotFoundException)
        {
            // The domain explains what it refused and why (an illegal move, a closed deal, a deal without afspraken).
            return await ShowAsync(e.Message, cancellationToken);
        }

        Notice = done;
        return Reload();
    }

    private RedirectResult Reload() => Redirect($"/admin/initiatieven/{Initiatief.Id}");

    private async Task<IActionResult> ShowAsync(string error, CancellationToken cancellationToken)
    {
        Error = error;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        Initiatief = await db.Initiatieven.AsNoTracking().SingleAsync(i => i.Id == Initiatief.Id, cancellationToken);
        Steun = await SteunPanel.LoadAsync(db, shareLinks, Initiatief, cancellationToken);
        OpenRequests = await db.DealChangeRequests.AsNoTracking()
            .Where(r => r.InitiatiefId == Initiatief.Id && r.HandledUtc == null)
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
        var coordinatorIds = Initiatief.Timeline.Where(t => t.ActorKind == ActorKind.Coordinator).Select(t => t.ActorId)
            .Concat(Initiatief.Deal?.Acceptances.Where(a => a.ActorKind == ActorKind.Coordinator).Select(a => a.ActorId) ?? [])
            .Distinct()
            .ToList();
        CoordinatorNames = await db.Users.AsNoTracking().Where(u => coordinatorIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.FirstName, cancellationToken);
    }

    /// <summary>Who did it, for the timeline and the acceptances: coordinators by first name, residents as "Bewoner".</summary>
    public string Who(ActorKind kind, string id) => kind switch
    {
        ActorKind.Coordinator => CoordinatorNames.GetValueOrDefault(id) ?? "Coördinator",
        ActorKind.Resident => "Bewoner",
        _ => "BuurtBot",
    };
}
