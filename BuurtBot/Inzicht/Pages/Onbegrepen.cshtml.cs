using BuurtBot.Admin.Accounts;
using BuurtBot.Admin.Audit;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Inzicht.Onbegrepen;
using BuurtBot.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Inzicht.Pages;

/// <summary>
/// Beheerders only (the page's policy): the answers the bot did not understand, kept only after a beheerder
/// switched it on, masked, never showing whose they were, gone after 30 days; and the proposals of what an
/// answer should mean, which the developers take in as a file (never applied to the live bot).
/// </summary>
public sealed class OnbegrepenModel(
    BuurtBotDbContext db,
    OnbegrepenOptInSetting optIn,
    AreaCatalog areas,
    SharedPlaceNames places,
    AuditLog audit,
    TimeProvider time) : PageModel
{
    /// <summary>The page lists the newest ones; older ones are counted.</summary>
    public const int Shown = 200;

    public OnbegrepenOptIn? OptIn { get; private set; }

    public bool IsOn => OptIn?.On == true;

    public IReadOnlyList<Row> Antwoorden { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyList<AntwoordVoorstel> Voorstellen { get; private set; } = [];

    public string? Error { get; private set; }

    public string? Done { get; private set; }

    public async Task OnGetAsync([FromQuery] string? klaar, CancellationToken cancellationToken)
    {
        Done = klaar switch
        {
            "voorstel" => "Je voorstel staat in de lijst voor de ontwikkelaars.",
            "gewist" => "Het antwoord is gewist.",
            "aan" => "Het bewaren staat aan. Vanaf nu bewaren we onbegrepen antwoorden, gemaskeerd, 30 dagen.",
            "uit" => "Het bewaren staat uit. Alle bewaarde antwoorden zijn gewist.",
            _ => null,
        };
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostSwitchAsync([FromForm] bool on, CancellationToken cancellationToken)
    {
        await optIn.SwitchAsync(Coordinator.From(User), on, cancellationToken);
        return Redirect("/admin/inzicht/onbegrepen?klaar=" + (on ? "aan" : "uit"));
    }

    public async Task<IActionResult> OnPostProposeAsync([FromForm] long id, [FromForm] string? meaning, [FromForm] string? text, CancellationToken cancellationToken)
    {
        var antwoord = await db.Set<OnbegrepenAntwoord>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        var family = antwoord is null ? null : OnbegrepenPlaces.Family(antwoord.Where);
        var choices = OfferedChoices.FromJson(antwoord?.ChoicesJson);
        var choice = choices.FirstOrDefault(c => string.Equals(c.Value, meaning, StringComparison.Ordinal));

        // Masked again: what the beheerder changed must not bring a name or number back in.
        var checkedText = TextMasker.Mask(text?.Trim(), places.Names);
        if (antwoord is null || family is null || choice is null || checkedText.Length is 0 or > OnbegrepenAntwoord.MaxTextLength)
        {
            Error = antwoord is null
                ? "Dit antwoord bestaat niet meer: het is gewist."
                : family is null
                    ? "Bij deze vraag kun je geen voorstel doen: de ontwikkelaars kunnen het niet testen."
                    : "Kies een knop en laat een tekst staan van hoogstens 300 tekens.";
            await LoadAsync(cancellationToken);
            return Page();
        }

        var me = Coordinator.From(User);
        var voorstel = new AntwoordVoorstel
        {
            Where = antwoord.Where,
            Family = family,
            Locale = antwoord.Locale,
            Wijk = family == OnbegrepenPlaces.BuurtFamily ? WijkOfBuurten(choices) : null,
            Text = checkedText,
            Meaning = choice.Value,
            MeaningTitle = choice.Title,
            ProposedBy = me.Email,
            ProposedUtc = time.GetUtcNow().UtcDateTime,
        };
        db.Set<AntwoordVoorstel>().Add(voorstel);
        audit.Add(me, AuditActions.AntwoordVoorstelAdded, detail: antwoord.Where);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/admin/inzicht/onbegrepen?klaar=voorstel");
    }

    public async Task<IActionResult> OnPostDeleteAntwoordAsync([FromForm] long id, CancellationToken cancellationToken)
    {
        if (await db.Set<OnbegrepenAntwoord>().Where(a => a.Id == id).ExecuteDeleteAsync(cancellationToken) > 0)
        {
            await audit.RecordAsync(Coordinator.From(User), AuditActions.OnbegrepenAntwoordDeleted, detail: $"#{id}", cancellationToken: cancellationToken);
        }

        return Redirect("/admin/inzicht/onbegrepen?klaar=gewist");
    }

    public async Task<IActionResult> OnPostDeleteVoorstelAsync([FromForm] long id, CancellationToken cancellationToken)
    {
        if (await db.Set<AntwoordVoorstel>().Where(v => v.Id == id).ExecuteDeleteAsync(cancellationToken) > 0)
        {
            await audit.RecordAsync(Coordinator.From(User), AuditActions.AntwoordVoorstelDeleted, detail: $"#{id}", cancellationToken: cancellationToken);
        }

        return Redirect("/admin/inzicht/onbegrepen#voorstellen-kop");
    }

    private string? WijkOfBuurten(IReadOnlyList<ReplyChoice> choices) =>
        areas.Wijken.FirstOrDefault(w => choices.Any(c => w.Buurten.Any(b => b.Name == c.Value)))?.Name;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        OptIn = await optIn.CurrentAsync(cancellationToken);
        var kept = db.Set<OnbegrepenAntwoord>().AsNoTracking();
        Total = await kept.CountAsync(cancellationToken);
        Antwoorden = [.. (await kept.OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id).Take(Shown)
                .Select(a => new { a.Id, a.Where, a.Wijk, a.Text, a.ChoicesJson, a.AtUtc })
                .ToListAsync(cancellationToken))
            .Select(a => new Row(a.Id, a.Where, a.Wijk, a.Text, OfferedChoices.FromJson(a.ChoicesJson), a.AtUtc))];
        Voorstellen = await db.Set<AntwoordVoorstel>().AsNoTracking().OrderByDescending(v => v.ProposedUtc).ThenByDescending(v => v.Id).ToListAsync(cancellationToken);
    }

    /// <summary>One misunderstood answer as the page shows it: no conversation, no resident.</summary>
    public sealed record Row(long Id, string Where, string? Wijk, string Text, IReadOnlyList<ReplyChoice> Choices, DateTime AtUtc)
    {
        public string Place => OnbegrepenPlaces.Label(Where);

        public bool CanPropose => OnbegrepenPlaces.Family(Where) is not null && Choices.Count > 0;
    }
}
