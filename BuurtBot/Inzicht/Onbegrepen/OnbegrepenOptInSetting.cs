using BuurtBot.Admin.Accounts;
using BuurtBot.Admin.Audit;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Inzicht.Onbegrepen;

/// <summary>
/// Reads and switches the opt-in for keeping misunderstood answers. The value is cached for a short while,
/// so a turn with a re-asked step rarely costs a query; a switch clears the cache at once for this process.
/// Switching is for a beheerder only (the page's policy, checked again here); each switch is in the audit log, and
/// switching off deletes what was kept, so "uit" means no text of a resident is left.
/// </summary>
public sealed class OnbegrepenOptInSetting(BuurtBotDbContext db, OnbegrepenOptInCache cache, AuditLog audit, TimeProvider time)
{
    public async Task<bool> IsOnAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (cache.TryGet(now, out var on))
        {
            return on;
        }

        on = await db.Set<OnbegrepenOptIn>().AsNoTracking()
            .Where(o => o.Id == OnbegrepenOptIn.SingleId).Select(o => o.On).FirstOrDefaultAsync(cancellationToken);
        cache.Set(on, now);
        return on;
    }

    /// <summary>The row as it is now, for the page: on or off, since when and by whom.</summary>
    public Task<OnbegrepenOptIn?> CurrentAsync(CancellationToken cancellationToken) =>
        db.Set<OnbegrepenOptIn>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == OnbegrepenOptIn.SingleId, cancellationToken);

    public async Task SwitchAsync(Coordinator beheerder, bool on, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(beheerder);
        if (!beheerder.IsBeheerder)
        {
            throw new UnauthorizedAccessException("Only a beheerder switches the keeping of misunderstood answers.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = await db.Set<OnbegrepenOptIn>().FirstOrDefaultAsync(o => o.Id == OnbegrepenOptIn.SingleId, cancellationToken);
        if (row is null)
        {
            row = new OnbegrepenOptIn();
            db.Set<OnbegrepenOptIn>().Add(row);
        }

        row.On = on;
        row.ChangedUtc = time.GetUtcNow().UtcDateTime;
        row.ChangedBy = beheerder.Email;
        audit.Add(beheerder, AuditActions.OnbegrepenOptInChanged, detail: on ? "aan" : "uit");
        await db.SaveChangesAsync(cancellationToken);
        if (!on)
        {
            await db.Set<OnbegrepenAntwoord>().ExecuteDeleteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        cache.Clear();
    }
}

/// <summary>The opt-in's value for <see cref="Lifetime"/>: one process-wide copy, so a turn need not read it.</summary>
public sealed class OnbegrepenOptInCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly Lock _lock = new();
    private (bool On, DateTimeOffset Until)? _value;

    public bool TryGet(DateTimeOffset now, out bool on)
    {
        lock (_lock)
        {
            if (_value is { } v && now < v.Until)
            {
                on = v.On;
                return true;
            }
        }

        on = false;
        return false;
    }

    public void Set(bool on, DateTimeOffset now)
    {
        lock (_lock)
        {
            _value = (on, now + Lifetime);
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _value = null;
        }
    }
}
