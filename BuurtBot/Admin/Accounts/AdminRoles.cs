namespace BuurtBot.Admin.Accounts;

public static class AdminRoles
{
    /// <summary>Everything, all wijken, and manages accounts and canned replies.</summary>
    public const string Beheerder = "beheerder";

    /// <summary>The chats of their own wijken (and those whose wijk is not known yet).</summary>
    public const string Buurtcoordinator = "buurtcoördinator";

    /// <summary>
    /// The college member who holds one or more wijken: reads their wijk's year, agenda, plan and figures on
    /// /admin/wethouder, never a chat, an initiatief's page or a resident's data. Not staff.
    /// </summary>
    public const string Wijkwethouder = "wijkwethouder";

    /// <summary>The wijkteam's roles: every admin page that is not the wethouder's own requires one of these.</summary>
    public static IReadOnlyList<string> Staff { get; } = [Beheerder, Buurtcoordinator];

    /// <summary>Every role an account can have.</summary>
    public static IReadOnlyList<string> All { get; } = [Beheerder, Buurtcoordinator, Wijkwethouder];

    /// <summary>The roles whose rights are limited to the wijken on the account.</summary>
    public static bool HoldsWijken(string? role) => role is Buurtcoordinator or Wijkwethouder;
}
