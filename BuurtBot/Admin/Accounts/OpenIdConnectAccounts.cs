using System.Security.Claims;
using BuurtBot.Admin.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BuurtBot.Admin.Accounts;

/// <summary>
/// Turns a sign-in at the municipality's identity provider into a BuurtBot account: found by the
/// provider's subject, or made at the first sign-in (without a password, and without rights unless the
/// provider's claims give them). With <c>Admin:OpenIdConnect:Rights</c> the provider's roles and groups
/// decide the role and wijken at every sign-in; otherwise a beheerder gives them on the Accounts page.
/// </summary>
public sealed class OpenIdConnectAccounts(
    UserManager<CoordinatorAccount> users,
    AccountService accounts,
    IOptions<AdminOptions> options,
    AuditLog audit)
{
    public const string LoginProvider = "oidc";

    /// <summary>Who the audit log names for what the identity provider's claims did.</summary>
    public static readonly Coordinator IdentityProvider = new("", "", "identity provider", false, []);

    public async Task<ExternalSignIn> ResolveAsync(ClaimsPrincipal external, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(external);
        var subject = external.FindFirstValue("sub") ?? external.FindFirstValue(ClaimTypes.NameIdentifier);
        if (string.IsNullOrEmpty(subject))
        {
            return new ExternalSignIn(null, ExternalSignInOutcome.Failed);
        }

        var account = await users.FindByLoginAsync(LoginProvider, subject);
        if (account is null)
        {
            var email = new[] { "email", "preferred_username", "upn", ClaimTypes.Email }
                .Select(external.FindFirstValue).FirstOrDefault(v => v is not null && v.Contains('@', StringComparison.Ordinal));
            if (email is null)
            {
                return new ExternalSignIn(null, ExternalSignInOutcome.NoEmail);
            }

            if (await users.FindByEmailAsync(email) is not null)
            {
                // Not linked by itself: a provider that does not verify addresses could otherwise take over a local account.
                return new ExternalSignIn(null, ExternalSignInOutcome.EmailTaken);
            }

            account = new CoordinatorAccount { UserName = email, Email = email, EmailConfirmed = true, FirstName = FirstName(external, email) };
            var created = await users.CreateAsync(account);
            if (!created.Succeeded || !(await users.AddLoginAsync(account, new UserLoginInfo(LoginProvider, subject, "OpenID Connect"))).Succeeded)
            {
                return new ExternalSignIn(null, ExternalSignInOutcome.Failed);
            }

            await audit.RecordAsync(IdentityProvider, AuditActions.AccountCreated, detail: $"openid-connect: {account.Id}", cancellationToken: cancellationToken);
        }

        if (MapRights(external) is { } rights)
        {
            await accounts.SetRightsAsync(account, rights.Role, rights.Wijken, fromProvider: true, changedBy: IdentityProvider, cancellationToken);
        }
        else if ((await users.GetClaimsAsync(account)).Any(c => c.Type == AdminClaims.RightsFromProvider))
        {
            // The provider gave the rights before and gives none now (left the team): none here either.
            await accounts.SetRightsAsync(account, null, [], fromProvider: true, changedBy: IdentityProvider, cancellationToken);
        }

        var roles = await users.GetRolesAsync(account);
        return new ExternalSignIn(account, roles.Count == 0 ? ExternalSignInOutcome.NoRights : ExternalSignInOutcome.SignedIn);
    }

    /// <summary>The role and wijken the provider's claims give, or null when none of them is in the mapping.</summary>
    private ProviderRights? MapRights(ClaimsPrincipal external)
    {
        var oidc = options.Value.OpenIdConnect;
        var mapped = external.Claims
            .Where(c => oidc.RightsClaims.Contains(c.Type, StringComparer.Ordinal))
            .Select(c => oidc.Rights.TryGetValue(c.Value, out var right) ? right.Trim() : null)
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (mapped.Count == 0)
        {
            return null;
        }

        var wijken = mapped.Where(m => m.StartsWith("wijk:", StringComparison.OrdinalIgnoreCase)).Select(m => m[5..].Trim()).ToList();
        if (mapped.Any(m => string.Equals(m, AdminRoles.Beheerder, StringComparison.OrdinalIgnoreCase)))
        {
            return new ProviderRights(AdminRoles.Beheerder, []);
        }

        return new ProviderRights(wijken.Count > 0 ? AdminRoles.Buurtcoordinator : null, wijken);
    }

    private static string FirstName(ClaimsPrincipal external, string email)
    {
        var name = external.FindFirstValue("given_name") ?? external.FindFirstValue("name")?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        name = string.IsNullOrWhiteSpace(name) ? email.Split('@')[0] : name.Trim();
        return name.Length > 50 ? name[..50] : name;
    }

    private sealed record ProviderRights(string? Role, IReadOnlyList<string> Wijken);
}

public enum ExternalSignInOutcome
{
    SignedIn,
    NoRights,
    NoEmail,
    EmailTaken,
    Failed,
}

public sealed record ExternalSignIn(CoordinatorAccount? Account, ExternalSignInOutcome Outcome);
