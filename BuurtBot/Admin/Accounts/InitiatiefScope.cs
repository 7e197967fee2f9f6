using BuurtBot.Dialogs.Domain.Initiatieven;

namespace BuurtBot.Admin.Accounts;

/// <summary>
/// <see cref="Coordinator.MayOpen"/> for initiatieven, as a query filter. An initiatief always has
/// a wijk, so unlike a chat there is no "wijk unknown" case visible to every coordinator.
/// </summary>
public static class InitiatiefScope
{
    public static IQueryable<Initiatief> VisibleTo(this IQueryable<Initiatief> initiatieven, Coordinator coordinator)
    {
        if (coordinator.IsBeheerder)
        {
            return initiatieven;
        }

        var wijken = coordinator.Wijken.ToList();
        return initiatieven.Where(i => wijken.Contains(i.WijkName));
    }
}
