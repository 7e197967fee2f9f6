using BuurtBot.Dialogs.Domain.Peilingen;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Peilingen;

/// <summary>
/// The closed peilingen's results for open data and the buurtmonitor: aggregates only — the
/// question, options with counts and percentages, the area and initiatief, when it closed. Never a
/// resident id or anything a resident typed (questions and options are the coordinator's words).
/// </summary>
public sealed class PeilingResults(BuurtBotDbContext db, IOptions<PeilingenOptions> options)
{
    public async Task<IReadOnlyList<PeilingResult>> ClosedAsync(CancellationToken cancellationToken)
    {
        var closed = await db.Set<Peiling>().AsNoTracking()
            .Where(p => p.Status == PeilingStatus.Gesloten)
            .OrderBy(p => p.ClosedUtc)
            .ToListAsync(cancellationToken);
        var ids = closed.Select(p => p.Id).ToList();
        var counts = await db.Set<PeilingAnswer>().AsNoTracking()
            .Where(a => ids.Contains(a.PeilingId))
            .GroupBy(a => new { a.PeilingId, a.OptionIndex })
            .Select(g => new { g.Key.PeilingId, g.Key.OptionIndex, Count = g.Count() })
            .ToListAsync(cancellationToken);

        return [.. closed.Select(p =>
        {
            var answers = counts.Where(c => c.PeilingId == p.Id).SelectMany(c => Enumerable.Repeat(c.OptionIndex, c.Count));
            var tally = PeilingTally.Count(p.Options, answers);
            return new PeilingResult(
                p.Id, p.Kind, p.Question, tally, tally.Sum(t => t.Count), p.Target, p.Wijk, p.Buurt, p.InitiatiefId,
                p.OpensUtc, p.ClosedUtc ?? p.ClosesUtc, PeilingTally.Draagvlak(p.Kind, tally, options.Value));
        })];
    }
}

/// <summary>One closed peiling's aggregate. <see cref="Draagvlak"/> is null for peilingen that are not about steun.</summary>
public sealed record PeilingResult(
    Guid PeilingId,
    PeilingKind Kind,
    string Question,
    IReadOnlyList<PeilingOptionCount> Options,
    int Participants,
    PeilingTarget Target,
    string Wijk,
    string? Buurt,
    Guid? InitiatiefId,
    DateTime OpenedUtc,
    DateTime ClosedUtc,
    bool? Draagvlak);
