using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BuurtBot.Admin.Accounts;

/// <summary>
/// Adds the first name and the must-change-password and must-enrol marks to the sign-in (wijken come
/// along as user claims). Runs again on every request (the security stamp check), so rights changed by
/// a beheerder apply at once.
/// </summary>
public sealed class CoordinatorClaimsFactory(
    UserManager<CoordinatorAccount> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<CoordinatorAccount, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CoordinatorAccount user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AdminClaims.FirstName, user.FirstName));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(AdminClaims.MustChangePassword, "true"));
        }

        // A beheerder signing in with a local password needs a second factor; one from the municipality's
        // identity provider has no password here, and MFA is the provider's (BIO2).
        if (user.PasswordHash is not null && !user.TwoFactorEnabled && identity.HasClaim(identity.RoleClaimType, AdminRoles.Beheerder))
        {
            identity.AddClaim(new Claim(AdminClaims.MustEnrolTotp, "true"));
        }

        return identity;
    }
}
