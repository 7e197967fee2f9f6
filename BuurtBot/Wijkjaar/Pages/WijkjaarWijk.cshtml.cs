using BuurtBot.Admin.Accounts;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Domain.Wijkagenda;
using BuurtBot.Dialogs.Domain.Wijkjaren;
using BuurtBot.Scheduling;
using BuurtBot.Storage;
using BuurtBot.Wijkagenda;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WijkjaarEntity = BuurtBot.Dialogs.Domain.Wijkjaren.Wijkjaar;

namespace BuurtBot.Wijkjaar.Pages;

/// <summary>
/// One wijk's year: where it stands, what residents named in their wijkagenda input (counts only), and
/// the wijk's own agenda: the wijkteam writes a doelstelling for each theme it chooses, approves and
/// publishes it. Every staff member may read it; only the wijk's coordinators and the beheerders change it.
/// </summary>
public sealed class WijkjaarWijkModel(
    BuurtBotDbContext db,
    AreaCatalog areas,
    WijkagendaSummary summary,
    WijkagendaDocuments documents,
    Buurtactiviteitenplannen plannen,
    Jaarverslagen verslagen,
    WijkCijfersQuery cijfers,
    IOptions<WijkjaarOptions> options,
    TimeProvider time) : PageModel
{
    public string Wijk { get; private set; } = "";

    public int Year { get; private set; }

    public WijkjaarRitme Ritme { get; private set; } = WijkjaarRitme.Default;

    public WijkjaarEntity? Jaar { get; private set; }

    public WijkagendaWijk? Input { get; private set; }

    public IReadOnlyList<WijkagendaVersion> Versions { get; private set; } = [];

    public WijkagendaVersion? Latest => Versions.Count > 0 ? Versions[0] : null;

    /// <summary>The themes in the order the form lists them: the agenda's own first, then as residents ranked them, then the rest.</summary>
    public IReadOnlyList<Thema> Themas { get; private set; } = [];

    public bool MayEdit { get; private set; }

    /// <summary>The doelstelling per thema name, as typed (posted) or as stored in the latest version.</summary>
    [BindProperty]
    public Dictionary<string, string> Doel { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The agenda the plan follows: the wijk's last published one.</summary>
    public WijkagendaVersion? PublishedAgenda { get; private set; }

    public Buurtactiviteitenplan? Plan { get; private set; }

    /// <summary>This year's report per doelstelling, once a plan of this year is published.</summary>
    public Jaarverslag? Verslag { get; private set; }

    /// <summary>The wijk in cijfers for the year shown.</summary>
    public WijkCijfers? Cijfers { get; private set; }

    /// <summary>Last year's report: where this year's wijkanalyse starts.</summary>
    public Jaarverslag? VorigJaar { get; private set; }

    /// <summary>The wijk's initiatieven that can be in the plan; only loaded for who may compose it (the titles are residents' words).</summary>
    public IReadOnlyList<Dialogs.Domain.Initiatieven.Initiatief> Candidates { get; private set; } = [];

    /// <summary>Per initiatief id the chosen wijkagenda theme; empty or absent: not in the plan.</summary>
    [BindProperty]
    public Dictionary<string, string> PlanThema { get; set; } = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string wijk, [FromQuery] int? year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(wijk, year, cancellationToken))
        {
            return NotFound();
        }

        Doel = (Latest?.Doelstellingen ?? []).ToDictionary(d => d.Thema.ToString(), d => d.Tekst, StringComparer.Ordinal);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string wijk, [FromQuery] int? year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(wijk, year, cancellationToken))
        {
            return NotFound();
        }

        if (!MayEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        // In the order of the form, only the themes that got a doelstelling.
        var doelstellingen = Themas
            .Select(t => new Doelstelling(t, (Doel.GetValueOrDefault(t.ToString()) ?? "").Trim()))
            .Where(d => d.Tekst.Length > 0)
            .ToList();
        Errors = await documents.SaveAsync(Wijk, Year, doelstellingen, Coordinator.From(User), cancellationToken);
        if (Errors.Count > 0)
        {
            return Page();
        }

        Notice = "De wijkagenda is bewaard als concept.";
        return RedirectToPage(new { wijk = Wijk, year = Year });
    }

    public Task<IActionResult> OnPostApproveAsync(string wijk, [FromQuery] int? year, CancellationToken cancellationToken) =>
        StepAsync(wijk, year, documents.ApproveAsync, "De wijkagenda is goedgekeurd. Publiceer hem als hij openbaar mag.", cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(string wijk, [FromQuery] int? year, CancellationToken cancellationToken) =>
        StepAsync(wijk, year, documents.PublishAsync, "De wijkagenda staat nu op de openbare pagina van de wijk.", cancellationToken);

    public async Task<IActionResult> OnPostComposePlanAsync(string wijk, [FromQuery] int? year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(wijk, year, cancellationToken))
        {
            return NotFound();
        }

        if (!MayEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var regels = new List<PlanRegel>();
        foreach (var (id, thema) in PlanThema)
        {
            if (string.IsNullOrEmpty(thema))
            {
                continue;
            }

            if (!Guid.TryParse(id, out var initiatiefId) || !Enum.TryParse<Thema>(thema, out var parsed))
            {
                Errors = ["Kies voor elk initiatief een thema van de wijkagenda, of 'niet in het plan'."];
                return Page();
            }

            regels.Add(new PlanRegel(initiatiefId, parsed));
        }

        // In the order the page lists the initiatieven, so the plan reads the same after saving.
        var order = Candidates.Select(c => c.Id).ToList();
        regels = [.. regels.OrderBy(r => order.IndexOf(r.InitiatiefId))];
        if (await plannen.ComposeAsync(Wijk, Year, regels, Coordinator.From(User), cancellationToken) is { } problem)
        {
            Errors = [problem];
            return Page();
        }

        Notice = "Het buurtactiviteitenplan is bewaard. Publiceer het als het openbaar mag.";
        return RedirectToPage(new { wijk = Wijk, year = Year });
    }

    public Task<IActionResult> OnPostPublishPlanAsync(string wijk, [FromQuery] int? year, CancellationToken cancellationToken) =>
        StepAsync(wijk, year, plannen.PublishAsync, "Het buurtactiviteitenplan staat nu op de openbare pagina van de wijk.", cancellationToken);

    private async Task<IActionResult> StepAsync(string wijk, int? year, Func<string, int, Coordinator, CancellationToken, Task<string?>> step, string done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(wijk, year, cancellationToken))
        {
            return NotFound();
        }

        if (!MayEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (await step(Wijk, Year, Coordinator.From(User), cancellationToken) is { } problem)
        {
            Errors = [problem];
            Doel = (Latest?.Doelstellingen ?? []).ToDictionary(d => d.Thema.ToString(), d => d.Tekst, StringComparer.Ordinal);
            return Page();
        }

        Notice = done;
        return RedirectToPage(new { wijk = Wijk, year = Year });
    }

    private async Task<bool> LoadAsync(string wijk, int? year, CancellationToken cancellationToken)
    {
        if (areas.FindWijk(wijk) is not { } found)
        {
            return false;
        }

        Wijk = found.Name;
        Year = year is >= 2000 and <= 9999 ? year.Value : AmsterdamTime.DateOf(time.GetUtcNow()).Year;
        Ritme = options.Value.Ritme();
        MayEdit = Coordinator.From(User).MayStartPeilingIn(Wijk);
        Jaar = await db.Set<WijkjaarEntity>().AsNoTracking().FirstOrDefaultAsync(j => j.Wijk == Wijk && j.Year == Year, cancellationToken);
        Input = await summary.ForWijkAsync(Wijk, Year, cancellationToken);
        Versions = await documents.VersionsAsync(Wijk, Year, cancellationToken);
        var own = (Latest?.Doelstellingen ?? []).Select(d => d.Thema);
        var ranked = (Input?.Themas ?? []).OrderBy(t => t.Rank).Select(t => t.Thema);
        Themas = [.. own.Concat(ranked).Concat(ThemaCatalog.All).Distinct()];
        PublishedAgenda = await documents.PublishedAsync(Wijk, cancellationToken);
        Plan = await plannen.ForAsync(Wijk, Year, cancellationToken);
        Verslag = await verslagen.ForAsync(Wijk, Year, cancellationToken);
        VorigJaar = await verslagen.ForAsync(Wijk, Year - 1, cancellationToken);
        Cijfers = await cijfers.ForAsync(Wijk, Year, cancellationToken);
        Candidates = MayEdit ? await plannen.CandidatesAsync(Wijk, cancellationToken) : [];
        return true;
    }
}
