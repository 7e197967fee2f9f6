using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BuurtBot.Admin.Accounts;

/// <summary>Adds the first name and the must-change-password mark to the sign-in (wijken come along as user claims).</summary>
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

        return identity;
    }
}
