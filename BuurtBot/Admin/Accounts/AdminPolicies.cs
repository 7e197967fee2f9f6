namespace BuurtBot.Admin.Accounts;

public static class AdminPolicies
{
    /// <summary>Any beheerder or buurtcoördinator: the Gesprekken and Overzicht pages.</summary>
    public const string Staff = "staff";

    /// <summary>Accounts, canned replies, audit log.</summary>
    public const string Beheerder = "beheerder";

    /// <summary>The hub: staff whose password is no longer a one-time password (pages redirect instead).</summary>
    public const string Live = "live";
}
