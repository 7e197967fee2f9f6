using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Domain.Monitoring;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Public.Buurtmonitor;

/// <summary>
/// Counts per wijk for the buurtmonitor and the open data, over published initiatieven only:
/// nothing of an unpublished initiatief leaves the admin pages, not even as a count. Reads
/// check-ins and evaluations as numbers; their comments are never selected.
/// </summary>
public sealed class BuurtmonitorStatistics(PublishedInitiatieven published, BuurtBotDbContext db, AreaCatalog areas)
{
    private IReadOnlyList<WijkFigures>? _figures;

    public async Task<IReadOnlyList<WijkFigures>> PerWijkAsync(CancellationToken cancellationToken)
    {
        if (_figures is not null)
        {
            return _figures;
        }

        var initiatieven = await published.AllAsync(cancellationToken);
        var wijkOf = initiatieven.ToDictionary(i => i.Id, i => i.WijkName);
        var ids = wijkOf.Keys.ToList();

        var rounds = await db.Set<CheckInRound>().AsNoTracking().Where(r => ids.Contains(r.InitiatiefId))
            .Select(r => new { r.InitiatiefId, Answered = r.AnsweredUtc != null }).ToListAsync(cancellationToken);
        var answers = await db.Set<MonitoringEntry>().AsNoTracking().Where(e => ids.Contains(e.InitiatiefId))
            .Select(e => new { e.InitiatiefId, e.Answer }).ToListAsync(cancellationToken);
        var evaluations = await db.Set<InitiatiefEvaluatie>().AsNoTracking().Where(e => ids.Contains(e.InitiatiefId))
            .Select(e => new { e.InitiatiefId, e.Satisfaction, e.WouldDoAgain }).ToListAsync(cancellationToken);
        var supportMoments = await published.SupportMomentsAsync(cancellationToken);

        var names = areas.Wijken.Select(w => w.Name)
            .Concat(initiatieven.Select(i => i.WijkName))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        _figures = names.Select(wijk =>
        {
            bool In(Guid id) => string.Equals(wijkOf[id], wijk, StringComparison.OrdinalIgnoreCase);
            var mine = initiatieven.Where(i => In(i.Id)).ToList();
            var evals = evaluations.Where(e => In(e.InitiatiefId)).ToList();
            var support = supportMoments.Where(s => In(s.InitiatiefId)).ToList();
            return new WijkFigures(
                wijk,
                areas.FindWijk(wijk)?.Code,
                Enum.GetValues<InitiatiefStatus>().ToDictionary(s => s, s => mine.Count(i => i.Status == s)),
                mine.Count(i => i.Deal is not null),
                mine.Count(i => i.Deal is { ClosedAt: not null }),
                mine.Aggregate(AfspraakTally.None, (sum, i) => sum + Tally(i, DealSide.Bewoners)),
                mine.Aggregate(AfspraakTally.None, (sum, i) => sum + Tally(i, DealSide.Gemeente)),
                rounds.Count(r => In(r.InitiatiefId)),
                rounds.Count(r => In(r.InitiatiefId) && r.Answered),
                answers.Count(a => In(a.InitiatiefId) && a.Answer == CheckInProgress.LooptGoed),
                answers.Count(a => In(a.InitiatiefId) && a.Answer == CheckInProgress.LooptAchter),
                answers.Count(a => In(a.InitiatiefId) && a.Answer == CheckInProgress.HulpNodig),
                evals.Count,
                evals.Count == 0 ? null : Math.Round(evals.Average(e => e.Satisfaction), 2),
                evals.Count == 0 ? null : Math.Round(100.0 * evals.Count(e => e.WouldDoAgain) / evals.Count, 1),
                support.Count,
                support.GroupBy(s => Month(s.SupportedUtc)).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new MonthCount(g.Key, g.Count())).ToList());
        }).ToList();
        return _figures;
    }

    /// <summary>How one side of one initiatief's buurtdeal kept its word; nothing when there is no deal.</summary>
    public static AfspraakTally Tally(Initiatief initiatief, DealSide side)
    {
        if (initiatief.Deal is null)
        {
            return AfspraakTally.None;
        }

        var afspraken = initiatief.Deal.AfsprakenOf(side).ToList();
        return new AfspraakTally(
            afspraken.Count,
            afspraken.Count(a => a.Status == AfspraakStatus.Gedaan),
            afspraken.Count(a => a.Status == AfspraakStatus.NietGelukt));
    }

    public static string Month(DateTime utc) => utc.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
