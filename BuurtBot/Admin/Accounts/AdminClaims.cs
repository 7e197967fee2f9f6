namespace BuurtBot.Admin.Accounts;

/// <summary>The claim types BuurtBot adds to a coordinator's sign-in.</summary>
public static class AdminClaims
{
    /// <summary>One per wijk the coordinator covers, the wijk's name as in the area catalogue.</summary>
    public const string Wijk = "buurtbot:wijk";

    public const string FirstName = "buurtbot:firstname";

    /// <summary>Present while the account still has its one-time password.</summary>
    public const string MustChangePassword = "buurtbot:mustchangepassword";
}
