using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Public;

/// <summary>
/// The one door through which public pages and open data read initiatieven: only those whose
/// initiatiefnemer agreed to publish them, and of those only what a buurtcoördinator approved
/// (<see cref="Initiatief.RedactForPublic"/>): until then the structured fields and a title made
/// from them, never what the resident typed. Loaded once per request and shared by every dataset
/// and chart of that request, so one download never mixes two moments.
/// </summary>
public sealed class PublishedInitiatieven(BuurtBotDbContext db)
{
    private IReadOnlyList<Initiatief>? _initiatieven;
    private IReadOnlyDictionary<Guid, int>? _supporters;

    public async Task<IReadOnlyList<Initiatief>> AllAsync(CancellationToken cancellationToken)
    {
        // Oldest first, with the id as tie-breaker, so every download lists rows in the same order.
        _initiatieven ??= (await db.Initiatieven.AsNoTracking()
                .Where(i => i.PublishedAt != null)
                .ToListAsync(cancellationToken))
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id)
            .Select(Redacted)
            .ToList();
        return _initiatieven;
    }

    /// <summary>A copy read without tracking, turned into its public version: safe to hand to any page.</summary>
    public static Initiatief Redacted(Initiatief initiatief)
    {
        ArgumentNullException.ThrowIfNull(initiatief);
        initiatief.RedactForPublic(PublicText.Untitled(initiatief));
        return initiatief;
    }

    /// <summary>Supporters per published initiatief (db.Steun), 0 when none.</summary>
    public async Task<IReadOnlyDictionary<Guid, int>> SupportersAsync(CancellationToken cancellationToken)
    {
        if (_supporters is null)
        {
            var ids = (await AllAsync(cancellationToken)).Select(i => i.Id).ToList();
            _supporters = await db.Steun.AsNoTracking()
                .Where(s => ids.Contains(s.InitiatiefId))
                .GroupBy(s => s.InitiatiefId)
                .Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        }

        return _supporters;
    }

    /// <summary>When each support for a published initiatief was given: counted by month on the buurtmonitor.</summary>
    public async Task<IReadOnlyList<(Guid InitiatiefId, DateTime SupportedUtc)>> SupportMomentsAsync(CancellationToken cancellationToken)
    {
        var ids = (await AllAsync(cancellationToken)).Select(i => i.Id).ToList();
        var rows = await db.Steun.AsNoTracking()
            .Where(s => ids.Contains(s.InitiatiefId))
            .Select(s => new { s.InitiatiefId, s.SupportedUtc })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.InitiatiefId, r.SupportedUtc)).ToList();
    }
}
