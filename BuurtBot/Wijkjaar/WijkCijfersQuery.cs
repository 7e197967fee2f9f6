using BuurtBot.Dialogs.Domain.Monitoring;
using BuurtBot.Dialogs.Domain.Peilingen;
using BuurtBot.Public;
using BuurtBot.Scheduling;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Wijkjaar;

/// <summary>
/// Reads <see cref="WijkCijfers"/>: the wijk's published initiatieven (through <see cref="PublishedInitiatieven"/>,
/// as the buurtmonitor) begun in the year, their deals and afspraken, and what happened in the year itself:
/// check-ins sent and answered, check-in answers, evaluations, and the wijk's peilingen closed with their answers.
/// Years are Amsterdam calendar years.
/// </summary>
public sealed class WijkCijfersQuery(BuurtBotDbContext db, PublishedInitiatieven published)
{
    public async Task<WijkCijfers> ForAsync(string wijk, int year, CancellationToken cancellationToken)
    {
        var from = AmsterdamTime.At(new DateOnly(year, 1, 1), TimeSpan.Zero).UtcDateTime;
        var to = AmsterdamTime.At(new DateOnly(year + 1, 1, 1), TimeSpan.Zero).UtcDateTime;
        var all = (await published.AllAsync(cancellationToken))
            .Where(i => string.Equals(i.WijkName, wijk, StringComparison.OrdinalIgnoreCase)).ToList();
        var begun = all.Where(i => i.CreatedAt >= from && i.CreatedAt < to).ToList();
        var progress = DealProgress.Of(begun);
        var ids = all.Select(i => i.Id).ToList();
        var rounds = await db.Set<CheckInRound>().AsNoTracking()
            .Where(r => ids.Contains(r.InitiatiefId) && r.SentUtc >= from && r.SentUtc < to)
            .Select(r => r.AnsweredUtc != null).ToListAsync(cancellationToken);
        var answers = await db.Set<MonitoringEntry>().AsNoTracking()
            .Where(e => ids.Contains(e.InitiatiefId) && e.AtUtc >= from && e.AtUtc < to)
            .Select(e => e.Answer).ToListAsync(cancellationToken);
        var evaluaties = await db.Set<InitiatiefEvaluatie>().AsNoTracking()
            .Where(e => ids.Contains(e.InitiatiefId) && e.AtUtc >= from && e.AtUtc < to)
            .Select(e => e.Satisfaction).ToListAsync(cancellationToken);
        var peilingen = await db.Set<Peiling>().AsNoTracking()
            .Where(p => p.Wijk == wijk && p.Status == PeilingStatus.Gesloten && p.ClosesUtc >= from && p.ClosesUtc < to)
            .Select(p => p.Id).ToListAsync(cancellationToken);
        var peilingAntwoorden = peilingen.Count == 0 ? 0
            : await db.Set<PeilingAnswer>().AsNoTracking().CountAsync(a => peilingen.Contains(a.PeilingId), cancellationToken);
        return new WijkCijfers(
            wijk, year, begun.Count, progress.Buurtdeals, progress.AfsprakenGedaan, progress.Afspraken,
            rounds.Count, rounds.Count(answered => answered),
            answers.Count(a => a == CheckInProgress.LooptGoed), answers.Count(a => a == CheckInProgress.LooptAchter), answers.Count(a => a == CheckInProgress.HulpNodig),
            evaluaties.Count, evaluaties.Count == 0 ? null : Math.Round(evaluaties.Average(), 1),
            peilingen.Count, peilingAntwoorden);
    }
}
