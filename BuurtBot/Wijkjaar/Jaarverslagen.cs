using BuurtBot.Dialogs.Domain.Monitoring;
using BuurtBot.Dialogs.Domain.Wijkjaren;
using BuurtBot.Scheduling;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Wijkjaar;

/// <summary>
/// The year-end report of a wijk (<see cref="Jaarverslag"/>), read from the published buurtactiviteitenplan
/// of that year, the initiatieven in it and their evaluations. Computed when asked, not stored: it always says
/// what happened up to now, and "done" once the year's monitoring phase has opened or the year is over.
/// </summary>
public sealed class Jaarverslagen(BuurtBotDbContext db, WijkagendaDocuments agendas, TimeProvider time)
{
    /// <summary>The report of the wijk's plan for <paramref name="year"/>; null when no plan of that year was published.</summary>
    public async Task<Jaarverslag?> ForAsync(string wijk, int year, CancellationToken cancellationToken)
    {
        var plan = await db.Set<Buurtactiviteitenplan>().AsNoTracking()
            .FirstOrDefaultAsync(p => p.Wijk == wijk && p.Year == year && p.PublishedUtc != null, cancellationToken);
        if (plan is null || plan.PublishedRegels.Count == 0)
        {
            return null;
        }

        var ids = plan.PublishedRegels.Select(r => r.InitiatiefId).ToList();
        var initiatieven = (await db.Initiatieven.AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(cancellationToken))
            .ToDictionary(i => i.Id);
        var evaluaties = (await db.Set<InitiatiefEvaluatie>().AsNoTracking().Where(e => ids.Contains(e.InitiatiefId))
                .Select(e => new { e.InitiatiefId, e.Satisfaction, e.WouldDoAgain })
                .ToListAsync(cancellationToken))
            .ToLookup(e => e.InitiatiefId);
        var agenda = await agendas.PublishedAsync(wijk, cancellationToken);
        var doelen = agenda?.Doelstellingen.ToDictionary(d => d.Thema, d => d.Tekst) ?? [];
        var order = (agenda?.Doelstellingen.Select(d => d.Thema) ?? []).ToList();

        var perDoel = plan.PublishedRegels
            .GroupBy(r => r.Thema)
            .OrderBy(g => order.IndexOf(g.Key) is var i && i < 0 ? int.MaxValue : i)
            .Select(g =>
            {
                // An initiatief erased since ("vergeet mij" of its initiatiefnemer) is no longer counted.
                var inPlan = g.Where(r => initiatieven.ContainsKey(r.InitiatiefId)).Select(r => initiatieven[r.InitiatiefId]).ToList();
                var progress = DealProgress.Of(inPlan);
                var scores = inPlan.SelectMany(i => evaluaties[i.Id]).ToList();
                return new JaarverslagDoel(
                    g.Key, doelen.GetValueOrDefault(g.Key), inPlan.Count, progress.Buurtdeals, progress.AfsprakenGedaan, progress.Afspraken,
                    scores.Count, scores.Count == 0 ? null : Math.Round(scores.Average(s => s.Satisfaction), 1), scores.Count(s => s.WouldDoAgain));
            })
            .ToList();
        var jaar = await db.Set<Dialogs.Domain.Wijkjaren.Wijkjaar>().AsNoTracking()
            .FirstOrDefaultAsync(j => j.Wijk == wijk && j.Year == year, cancellationToken);
        var voorbij = jaar?.MonitoringOpenedUtc is not null || AmsterdamTime.DateOf(time.GetUtcNow()).Year > year;
        return new Jaarverslag(wijk, year, voorbij, perDoel);
    }
}
