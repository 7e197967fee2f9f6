namespace BuurtBot.Admin.Accounts;

public static class AdminPolicies
{
    /// <summary>Any beheerder or buurtcoördinator: every admin page unless it says otherwise.</summary>
    public const string Staff = "staff";

    /// <summary>Accounts, canned replies, audit log.</summary>
    public const string Beheerder = "beheerder";

    /// <summary>The hub: staff whose password is no longer a one-time password (pages redirect instead).</summary>
    public const string Live = "live";

    /// <summary>Any account with a role, the wijkwethouder too: their own password, two-step sign-in, signing out, and the wethouder's pages.</summary>
    public const string AnyRole = "any-role";
}
