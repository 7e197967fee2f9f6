using BuurtBot.Admin.Accounts;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Domain.Wijkjaren;
using BuurtBot.Public;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Wijkjaar;

/// <summary>
/// The buurtactiviteitenplan of a wijk and year: composed by the wijkteam from the wijk's initiatieven,
/// each under a theme of the published wijkagenda, and published. The public version reads initiatieven
/// only through <see cref="PublishedInitiatieven"/>: an initiatief its initiatiefnemer did not publish is
/// only counted, and a published one shows the coordinator-reviewed wording, never raw resident text.
/// </summary>
public sealed class Buurtactiviteitenplannen(BuurtBotDbContext db, WijkagendaDocuments agendas, PublishedInitiatieven published, TimeProvider time)
{
    public Task<Buurtactiviteitenplan?> ForAsync(string wijk, int year, CancellationToken cancellationToken) =>
        db.Set<Buurtactiviteitenplan>().AsNoTracking().FirstOrDefaultAsync(p => p.Wijk == wijk && p.Year == year, cancellationToken);

    /// <summary>Initiatieven that can be in the wijk's plan: of the wijk, not rejected or withdrawn.</summary>
    public async Task<IReadOnlyList<Initiatief>> CandidatesAsync(string wijk, CancellationToken cancellationToken) =>
        (await db.Initiatieven.AsNoTracking()
            .Where(i => i.WijkName == wijk && i.Status != InitiatiefStatus.Afgewezen && i.Status != InitiatiefStatus.Ingetrokken)
            .ToListAsync(cancellationToken))
            .OrderBy(i => i.CreatedAt).ToList();

    /// <summary>Stores the composed lines; null when done, else why not (in Dutch).</summary>
    public async Task<string?> ComposeAsync(string wijk, int year, IReadOnlyList<PlanRegel> regels, Coordinator by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.MayStartPeilingIn(wijk))
        {
            return "Alleen de coördinatoren van deze wijk en de beheerders maken het buurtactiviteitenplan.";
        }

        if (await agendas.PublishedAsync(wijk, cancellationToken) is not { } agenda)
        {
            return "Publiceer eerst de wijkagenda: het plan volgt de thema's van de wijkagenda.";
        }

        var themas = agenda.Doelstellingen.Select(d => d.Thema).ToHashSet();
        if (regels.Any(r => !themas.Contains(r.Thema)))
        {
            return "Kies voor elk initiatief een thema van de wijkagenda.";
        }

        var candidates = (await CandidatesAsync(wijk, cancellationToken)).Select(i => i.Id).ToHashSet();
        if (regels.Any(r => !candidates.Contains(r.InitiatiefId)))
        {
            return "Een van de initiatieven hoort niet bij deze wijk of is afgewezen of ingetrokken.";
        }

        var plan = await db.Set<Buurtactiviteitenplan>().FirstOrDefaultAsync(p => p.Wijk == wijk && p.Year == year, cancellationToken);
        if (plan is null)
        {
            plan = Buurtactiviteitenplan.Begin(wijk, year);
            db.Add(plan);
        }

        plan.Compose(regels, by.Id, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<string?> PublishAsync(string wijk, int year, Coordinator by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.MayStartPeilingIn(wijk))
        {
            return "Alleen de coördinatoren van deze wijk en de beheerders publiceren het buurtactiviteitenplan.";
        }

        var plan = await db.Set<Buurtactiviteitenplan>().FirstOrDefaultAsync(p => p.Wijk == wijk && p.Year == year, cancellationToken);
        if (plan is null || plan.Regels.Count == 0)
        {
            return "Zet eerst initiatieven in het plan; daarna kun je het publiceren.";
        }

        plan.Publish(time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>The latest published plan of the wijk as the public may read it; null when none was published.</summary>
    public async Task<PublicPlan?> PublicAsync(string wijk, CancellationToken cancellationToken)
    {
        var plan = (await db.Set<Buurtactiviteitenplan>().AsNoTracking().Where(p => p.Wijk == wijk && p.PublishedUtc != null).ToListAsync(cancellationToken))
            .OrderByDescending(p => p.Year).FirstOrDefault();
        return plan is null ? null : await ToPublicAsync(plan, cancellationToken);
    }

    /// <summary>Every published plan, for open data.</summary>
    public async Task<IReadOnlyList<PublicPlan>> AllPublicAsync(CancellationToken cancellationToken)
    {
        var plans = await db.Set<Buurtactiviteitenplan>().AsNoTracking().Where(p => p.PublishedUtc != null).ToListAsync(cancellationToken);
        var all = new List<PublicPlan>();
        foreach (var plan in plans.OrderBy(p => p.Wijk, StringComparer.Ordinal).ThenBy(p => p.Year))
        {
            all.Add(await ToPublicAsync(plan, cancellationToken));
        }

        return all;
    }

    private async Task<PublicPlan> ToPublicAsync(Buurtactiviteitenplan plan, CancellationToken cancellationToken)
    {
        var agenda = await agendas.PublishedAsync(plan.Wijk, cancellationToken);
        var doelen = agenda?.Doelstellingen.ToDictionary(d => d.Thema, d => d.Tekst) ?? [];
        var order = (agenda?.Doelstellingen.Select(d => d.Thema) ?? []).ToList();
        var open = (await published.AllAsync(cancellationToken)).ToDictionary(i => i.Id);
        var themas = plan.PublishedRegels
            .GroupBy(r => r.Thema)
            .OrderBy(g => order.IndexOf(g.Key) is var i && i < 0 ? int.MaxValue : i)
            .Select(g =>
            {
                var shown = g.Where(r => open.ContainsKey(r.InitiatiefId)).Select(r => Line(open[r.InitiatiefId])).ToList();
                return new PlanThema(g.Key, doelen.GetValueOrDefault(g.Key), shown, g.Count() - shown.Count);
            })
            .ToList();
        return new PublicPlan(plan.Wijk, plan.Year, plan.PublishedUtc!.Value, themas);
    }

    private static PlanInitiatief Line(Initiatief initiatief)
    {
        var progress = DealProgress.Of([initiatief]);
        return new PlanInitiatief(initiatief.Id, initiatief.Title, initiatief.Status, progress.Buurtdeals > 0,
            progress.AfsprakenGedaan, progress.Afspraken);
    }
}
