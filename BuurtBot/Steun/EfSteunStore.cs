using BuurtBot.Dialogs.Conversations.Steun;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Domain.Steun;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Steun;

/// <summary>
/// Support by link on the turn's own DbContext: nothing is saved here. A counted support asks
/// <see cref="SteunMilestones"/> to look at the milestones once the turn is saved.
/// </summary>
internal sealed class EfSteunStore(BuurtBotDbContext db, SteunMilestones milestones, TimeProvider time) : ISteunStore
{
    public async Task<PublishedInitiatief?> FindPublishedAsync(string shareCode, string residentId, CancellationToken cancellationToken)
    {
        if (ShareCodes.Normalize(shareCode) is not { } code
            || await db.Initiatieven.AsNoTracking().FirstOrDefaultAsync(i => i.ShareCode == code && i.PublishedAt != null, cancellationToken) is not { } initiatief)
        {
            return null;
        }

        // Counted and recognised on the stored initiatief; shown to a neighbour only as the public reads it.
        var supporters = await CountAsync(db, initiatief, cancellationToken);
        var own = initiatief.IsInitiatiefnemer(residentId);
        var shown = Public.PublishedInitiatieven.Redacted(initiatief);
        return new PublishedInitiatief(shown.Id, shown.Title, shown.WijkName, shown.Description, supporters, own);
    }

    public async Task<SteunResult> SupportAsync(Guid initiatiefId, string residentId, CancellationToken cancellationToken)
    {
        var initiatief = await db.Initiatieven.AsNoTracking().FirstOrDefaultAsync(i => i.Id == initiatiefId, cancellationToken)
            ?? throw new InvalidOperationException($"Initiatief {initiatiefId} is gone; it was shown in this same conversation.");
        var supporters = await CountAsync(db, initiatief, cancellationToken);
        if (initiatief.IsInitiatiefnemer(residentId))
        {
            return new SteunResult(SteunOutcome.OwnInitiatief, supporters);
        }

        if (await db.Steun.AnyAsync(s => s.InitiatiefId == initiatiefId && s.ResidentId == residentId, cancellationToken))
        {
            return new SteunResult(SteunOutcome.AlreadySupported, supporters);
        }

        db.Steun.Add(InitiatiefSteun.Give(initiatief, residentId, time.GetUtcNow().UtcDateTime));
        milestones.CheckAfterTurn(initiatiefId);
        return new SteunResult(SteunOutcome.Counted, supporters + 1);
    }

    /// <summary>
    /// Supporters other than the initiatiefnemers: they are behind it already. Someone who
    /// supported first and joined as mede-initiatiefnemer later is counted once, as initiatiefnemer.
    /// </summary>
    internal static Task<int> CountAsync(BuurtBotDbContext db, Initiatief initiatief, CancellationToken cancellationToken)
    {
        var own = initiatief.MedeInitiatiefnemerIds.Append(initiatief.InitiatiefnemerId).ToList();
        return db.Steun.CountAsync(s => s.InitiatiefId == initiatief.Id && !own.Contains(s.ResidentId), cancellationToken);
    }
}
