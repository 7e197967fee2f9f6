using Microsoft.AspNetCore.Identity;

namespace BuurtBot.Admin.Accounts;

/// <summary>
/// A person who signs in to the admin pages: a beheerder or a buurtcoördinator. The wijken a
/// coordinator covers are user claims (<see cref="AdminClaims.Wijk"/>), the role an Identity role.
/// </summary>
public sealed class CoordinatorAccount : IdentityUser
{
    /// <summary>What residents read: "Je praat nu met Anna".</summary>
    [PersonalData]
    public string FirstName { get; set; } = "";

    /// <summary>Set while the password is a one-time password someone else has seen.</summary>
    public bool MustChangePassword { get; set; }
}
