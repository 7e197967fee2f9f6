using BuurtBot.Admin.Handoff;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Inzicht;

/// <summary>
/// Reads <see cref="HandoffInzicht"/> from the hand-off records: those queued in the period (and direct takeovers
/// made in it), by the chat's wijk when it was handed off. Whether a wait started inside office hours is decided
/// by the same <see cref="OfficeHours"/> that told the resident when to expect an answer. Indexed on the times.
/// </summary>
public sealed class HandoffInzichtQuery(BuurtBotDbContext db, IOptions<HandoffOptions> options)
{
    /// <summary>The reasons in the order the page lists them; an unknown code (from an older release) comes after.</summary>
    private static readonly string[] KnownReasons = ["asked", "menu", HandoffService.DirectReason];

    public async Task<HandoffInzicht> ForAsync(InzichtScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var wijken = scope.Wijken?.ToList();
        var rows = await db.Set<HandoffRecord>().AsNoTracking()
            .Where(h => wijken == null || (h.Wijk != null && wijken.Contains(h.Wijk)))
            .Where(h => (h.QueuedUtc >= scope.FromUtc && h.QueuedUtc < scope.ToUtc)
                || (h.Kind == HandoffKind.Direct && h.TakenUtc >= scope.FromUtc && h.TakenUtc < scope.ToUtc))
            .Select(h => new { h.Reason, h.QueuedUtc, h.TakenUtc, h.CancelledUtc })
            .ToListAsync(cancellationToken);

        var reasons = rows.GroupBy(r => r.Reason)
            .OrderBy(g => Array.IndexOf(KnownReasons, g.Key) is var i and >= 0 ? i : KnownReasons.Length)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new HandoffReasonFigures(
                g.Key,
                g.Count(),
                g.Count(r => r.TakenUtc is not null),
                g.Count(r => r.CancelledUtc is not null),
                g.Count(r => r.TakenUtc is null && r.CancelledUtc is null)))
            .ToList();

        var hours = new OfficeHours(options.Value.OfficeHours);
        var waits = rows.Where(r => r.QueuedUtc is not null && r.TakenUtc is not null)
            .Select(r => (Inside: hours.NextOpening(new DateTimeOffset(r.QueuedUtc!.Value, TimeSpan.Zero)) is null, Wait: r.TakenUtc!.Value - r.QueuedUtc.Value))
            .ToList();
        return new HandoffInzicht(
            reasons,
            HandoffWaits.Of([.. waits.Where(w => w.Inside).Select(w => w.Wait)]),
            HandoffWaits.Of([.. waits.Where(w => !w.Inside).Select(w => w.Wait)]));
    }
}
