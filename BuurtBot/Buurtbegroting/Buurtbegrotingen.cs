using BuurtBot.Admin.Accounts;
using BuurtBot.Admin.Audit;
using BuurtBot.Dialogs.Domain.Buurtbegrotingen;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Scheduling;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Buurtbegroting;

/// <summary>
/// The buurtbegroting per wijk and year: set by a beheerder (audited), and what the wijk's deals committed.
/// A deal commits the amounts of the gemeente's afspraken once the gemeente accepted its current version,
/// in the year (Amsterdam) of that acceptance; a withdrawn or rejected initiatief releases them. The
/// commitments are read from the deals every time, so nothing can drift from what was agreed.
/// </summary>
public sealed class Buurtbegrotingen(BuurtBotDbContext db, AuditLog audit, IOptions<BuurtbegrotingOptions> options, TimeProvider time)
{
    public bool Enabled => options.Value.Enabled;

    public int ThisYear => AmsterdamTime.DateOf(time.GetUtcNow()).Year;

    /// <summary>The stand of the wijk's budget in <paramref name="year"/>; null when the budget is off or none was set for that year.</summary>
    public async Task<BegrotingsStand?> StandAsync(string wijk, int year, CancellationToken cancellationToken)
    {
        if (!Enabled || await db.Set<Dialogs.Domain.Buurtbegrotingen.Buurtbegroting>().AsNoTracking()
                .FirstOrDefaultAsync(b => b.Wijk == wijk && b.Year == year, cancellationToken) is not { } begroting)
        {
            return null;
        }

        return BegrotingsStand.Of(year, begroting.AmountCents, await PostsAsync(wijk, cancellationToken));
    }

    /// <summary>Every wijk that has a budget in <paramref name="year"/>, with its stand.</summary>
    public async Task<IReadOnlyDictionary<string, BegrotingsStand>> AllAsync(int year, CancellationToken cancellationToken)
    {
        var begrotingen = await db.Set<Dialogs.Domain.Buurtbegrotingen.Buurtbegroting>().AsNoTracking()
            .Where(b => b.Year == year).ToListAsync(cancellationToken);
        var result = new Dictionary<string, BegrotingsStand>(StringComparer.OrdinalIgnoreCase);
        foreach (var begroting in begrotingen)
        {
            result[begroting.Wijk] = BegrotingsStand.Of(year, begroting.AmountCents, await PostsAsync(begroting.Wijk, cancellationToken));
        }

        return result;
    }

    public async Task SetAsync(string wijk, int year, long amountCents, Coordinator by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.IsBeheerder)
        {
            throw new UnauthorizedAccessException("Only a beheerder sets a buurtbegroting.");
        }

        var set = db.Set<Dialogs.Domain.Buurtbegrotingen.Buurtbegroting>();
        var begroting = await set.FirstOrDefaultAsync(b => b.Wijk == wijk && b.Year == year, cancellationToken);
        if (begroting is null)
        {
            begroting = Dialogs.Domain.Buurtbegrotingen.Buurtbegroting.For(wijk, year);
            set.Add(begroting);
        }

        begroting.Set(amountCents, by.Id, time.GetUtcNow().UtcDateTime);
        audit.Add(by, AuditActions.BuurtbegrotingSet, null, $"{wijk} {year}: {amountCents} cent");
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The gate before the gemeente accepts <paramref name="initiatief"/>'s deal: refuses, with a message for the
    /// page, when its amounts do not fit in what is left of this year's budget, unless a beheerder confirmed.
    /// </summary>
    /// <returns>True when the deal goes over the budget (and a beheerder confirmed it): worth a line in the audit log.</returns>
    public async Task<bool> CheckAcceptanceAsync(Initiatief initiatief, Coordinator by, bool overBudgetConfirmed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(initiatief);
        ArgumentNullException.ThrowIfNull(by);
        if (initiatief.Deal is not { IsClosed: false } deal || deal.IsAcceptedBy(DealSide.Gemeente))
        {
            return false;
        }

        var cents = GemeenteCents(deal);
        if (await StandAsync(initiatief.WijkName, ThisYear, cancellationToken) is not { } stand || !stand.WouldExceed(cents))
        {
            return false;
        }

        if (!by.IsBeheerder || !overBudgetConfirmed)
        {
            throw new BuurtbegrotingOverschredenException(initiatief.WijkName, stand, cents, mayConfirm: by.IsBeheerder);
        }

        return true;
    }

    /// <summary>What the gemeente's afspraken of <paramref name="deal"/> add up to, in cents.</summary>
    public static long GemeenteCents(Buurtdeal deal)
    {
        ArgumentNullException.ThrowIfNull(deal);
        return deal.AfsprakenOf(DealSide.Gemeente).Sum(a => a.AmountInEuros is { } euros ? BegrotingsPost.CentsOf(euros) : 0);
    }

    /// <summary>The post of one deal: null while the gemeente has not accepted its current version.</summary>
    public static BegrotingsPost? PostOf(Initiatief initiatief)
    {
        ArgumentNullException.ThrowIfNull(initiatief);
        if (initiatief.Deal is not { } deal
            || deal.Acceptances.FirstOrDefault(a => a.Side == DealSide.Gemeente && a.Version == deal.Version) is not { } accepted)
        {
            return null;
        }

        var released = initiatief.Status is InitiatiefStatus.Ingetrokken or InitiatiefStatus.Afgewezen;
        return new BegrotingsPost(initiatief.Id, AmsterdamTime.DateOf(new DateTimeOffset(DateTime.SpecifyKind(accepted.At, DateTimeKind.Utc))).Year, GemeenteCents(deal), released);
    }

    private async Task<IReadOnlyList<BegrotingsPost>> PostsAsync(string wijk, CancellationToken cancellationToken) =>
        (await db.Initiatieven.AsNoTracking().Where(i => i.WijkName == wijk && i.Deal != null).ToListAsync(cancellationToken))
            .Select(PostOf).OfType<BegrotingsPost>().ToList();
}
