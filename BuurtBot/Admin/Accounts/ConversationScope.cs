using BuurtBot.Storage;

namespace BuurtBot.Admin.Accounts;

/// <summary>The same rule as <see cref="Coordinator.MayOpen"/>, as a query filter, so lists never show what a page would refuse.</summary>
public static class ConversationScope
{
    public static IQueryable<Conversation> VisibleTo(this IQueryable<Conversation> conversations, Coordinator coordinator)
    {
        if (coordinator.IsBeheerder)
        {
            return conversations;
        }

        var wijken = coordinator.Wijken.ToList();
        return conversations.Where(c => c.Wijk == null || wijken.Contains(c.Wijk));
    }
}
