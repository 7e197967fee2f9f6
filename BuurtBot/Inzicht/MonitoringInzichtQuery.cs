using BuurtBot.Dialogs.Domain.Monitoring;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Inzicht;

/// <summary>
/// Reads <see cref="MonitoringInzicht"/> for a period: check-in rounds sent in it, the answers and evaluations
/// given in it. An initiatief counts for its own wijk (not the chat's last wijk), so a coordinator sees the
/// monitoring of their wijk's initiatieven; "alle wijken" counts every one. Indexed on the initiatief id.
/// </summary>
public sealed class MonitoringInzichtQuery(BuurtBotDbContext db)
{
    public async Task<MonitoringInzicht> ForAsync(InzichtScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var wijken = scope.Wijken?.ToList();
        var initiatieven = db.Initiatieven.AsNoTracking()
            .Where(i => wijken == null || wijken.Contains(i.WijkName))
            .Select(i => i.Id);

        var rounds = await db.Set<CheckInRound>().AsNoTracking()
            .Where(r => initiatieven.Contains(r.InitiatiefId) && r.SentUtc >= scope.FromUtc && r.SentUtc < scope.ToUtc)
            .Select(r => new { r.SentUtc, r.AnsweredUtc })
            .ToListAsync(cancellationToken);
        var answers = await db.Set<MonitoringEntry>().AsNoTracking()
            .Where(e => initiatieven.Contains(e.InitiatiefId) && e.AtUtc >= scope.FromUtc && e.AtUtc < scope.ToUtc)
            .Select(e => e.Answer)
            .ToListAsync(cancellationToken);
        var evaluaties = await db.Set<InitiatiefEvaluatie>().AsNoTracking()
            .Where(e => initiatieven.Contains(e.InitiatiefId) && e.AtUtc >= scope.FromUtc && e.AtUtc < scope.ToUtc)
            .Select(e => new { e.Satisfaction, e.WouldDoAgain })
            .ToListAsync(cancellationToken);

        var waits = rounds.Where(r => r.AnsweredUtc is not null).Select(r => r.AnsweredUtc!.Value - r.SentUtc).ToList();
        return new MonitoringInzicht(
            rounds.Count,
            waits.Count,
            InzichtFigures.Median(waits),
            answers.Count(a => a == CheckInProgress.LooptGoed),
            answers.Count(a => a == CheckInProgress.LooptAchter),
            answers.Count(a => a == CheckInProgress.HulpNodig),
            evaluaties.Count,
            evaluaties.Count == 0 ? null : Math.Round(evaluaties.Average(e => e.Satisfaction), 1),
            evaluaties.Count(e => e.WouldDoAgain));
    }
}
