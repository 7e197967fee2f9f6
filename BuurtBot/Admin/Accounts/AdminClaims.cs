namespace BuurtBot.Admin.Accounts;

/// <summary>The claim types BuurtBot adds to a coordinator's sign-in.</summary>
public static class AdminClaims
{
    /// <summary>One per wijk the coordinator covers, the wijk's name as in the area catalogue.</summary>
    public const string Wijk = "buurtbot:wijk";

    public const string FirstName = "buurtbot:firstname";

    /// <summary>Present while the account still has its one-time password.</summary>
    public const string MustChangePassword = "buurtbot:mustchangepassword";

    /// <summary>Present while a beheerder with a local password has no authenticator app yet: they must enrol first.</summary>
    public const string MustEnrolTotp = "buurtbot:mustenroltotp";

    /// <summary>A user claim: the account's role and wijken come from the identity provider's claims, and follow them at each sign-in.</summary>
    public const string RightsFromProvider = "buurtbot:rightsfromprovider";

    /// <summary>A user claim per notification the coordinator turned off (the <c>NotificationKind</c>'s name).</summary>
    public const string NotificationOff = "buurtbot:notificationoff";
}
