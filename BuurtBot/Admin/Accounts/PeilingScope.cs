using BuurtBot.Dialogs.Domain.Peilingen;

namespace BuurtBot.Admin.Accounts;

/// <summary><see cref="Coordinator.MayOpen"/> for peilingen, as a query filter: a peiling always has a wijk.</summary>
public static class PeilingScope
{
    public static IQueryable<Peiling> VisibleTo(this IQueryable<Peiling> peilingen, Coordinator coordinator)
    {
        ArgumentNullException.ThrowIfNull(coordinator);
        if (coordinator.IsBeheerder)
        {
            return peilingen;
        }

        var wijken = coordinator.Wijken.ToList();
        return peilingen.Where(p => wijken.Contains(p.Wijk));
    }

    /// <summary>Starting a peiling is stricter than opening a chat: only in one's own wijken (a beheerder: all).</summary>
    public static bool MayStartPeilingIn(this Coordinator coordinator, string? wijk)
    {
        ArgumentNullException.ThrowIfNull(coordinator);
        return wijk is not null && (coordinator.IsBeheerder || coordinator.Wijken.Contains(wijk, StringComparer.OrdinalIgnoreCase));
    }
}
