using BuurtBot.Admin.Accounts;

namespace BuurtBot.Admin.Live;

/// <summary>The hub's group names: one per wijk, one for beheerders, one for chats without a wijk, one per watched chat.</summary>
public static class LiveGroups
{
    public const string Beheerders = "beheerders";

    /// <summary>Chats whose wijk is not known: every coordinator sees those.</summary>
    public const string WithoutWijk = "wijk:?";

    public static string OfWijk(string wijk) => "wijk:" + wijk.ToUpperInvariant();

    public static string OfConversation(Guid conversationId) => "conversation:" + conversationId.ToString("N");

    /// <summary>The groups a person listens to: the same scoping rule as the pages.</summary>
    public static IEnumerable<string> For(Coordinator coordinator)
    {
        ArgumentNullException.ThrowIfNull(coordinator);
        yield return WithoutWijk;
        if (coordinator.IsBeheerder)
        {
            yield return Beheerders;
            yield break;
        }

        foreach (var wijk in coordinator.Wijken)
        {
            yield return OfWijk(wijk);
        }
    }

    /// <summary>The groups that hear about a chat in this wijk.</summary>
    public static IReadOnlyList<string> Hearing(string? wijk) =>
        wijk is null ? [WithoutWijk] : [OfWijk(wijk), Beheerders];
}
