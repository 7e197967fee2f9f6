namespace BuurtBot.Admin.Accounts;

public static class AdminRoles
{
    /// <summary>Everything, all wijken, and manages accounts and canned replies.</summary>
    public const string Beheerder = "beheerder";

    /// <summary>The chats of their own wijken (and those whose wijk is not known yet).</summary>
    public const string Buurtcoordinator = "buurtcoördinator";

    public static IReadOnlyList<string> All { get; } = [Beheerder, Buurtcoordinator];
}
