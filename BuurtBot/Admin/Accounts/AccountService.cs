using System.Security.Claims;
using BuurtBot.Admin.Audit;
using BuurtBot.Dialogs.Domain.Areas;
using Microsoft.AspNetCore.Identity;

namespace BuurtBot.Admin.Accounts;

/// <summary>Creates admin accounts, each with a one-time password that must be changed at first sign-in.</summary>
public sealed class AccountService(
    UserManager<CoordinatorAccount> users,
    RoleManager<IdentityRole> roles,
    AreaCatalog areas,
    AuditLog audit)
{
    /// <summary>The new account's one-time password, or the reasons it could not be created.</summary>
    public async Task<AccountCreation> CreateAsync(string email, string firstName, string role, IReadOnlyCollection<string> wijken, Coordinator? createdBy, CancellationToken cancellationToken = default)
    {
        email = (email ?? "").Trim();
        firstName = (firstName ?? "").Trim();
        var errors = new List<string>();
        if (!email.Contains('@', StringComparison.Ordinal) || email.Length > 256)
        {
            errors.Add("Vul een geldig e-mailadres in.");
        }

        if (firstName.Length is 0 or > 50)
        {
            errors.Add("Vul een voornaam in (hoogstens 50 tekens).");
        }

        if (!AdminRoles.All.Contains(role))
        {
            errors.Add("Kies een rol.");
        }

        var known = wijken.Select(w => areas.FindWijk(w)?.Name).ToList();
        if (known.Any(w => w is null))
        {
            errors.Add("Een van de wijken bestaat niet.");
        }

        if (AdminRoles.HoldsWijken(role) && wijken.Count == 0)
        {
            errors.Add(role == AdminRoles.Wijkwethouder ? "Kies minstens één wijk voor een wijkwethouder." : "Kies minstens één wijk voor een buurtcoördinator.");
        }

        if (errors.Count > 0)
        {
            return new AccountCreation(null, errors);
        }

        await EnsureRolesAsync();
        var account = new CoordinatorAccount { UserName = email, Email = email, FirstName = firstName, MustChangePassword = true };
        var password = OneTimePassword.Create();
        var created = await users.CreateAsync(account, password);
        if (!created.Succeeded)
        {
            return new AccountCreation(null, created.Errors.Select(e => e.Code == "DuplicateUserName" ? "Er is al een account met dit e-mailadres." : e.Description).ToList());
        }

        await users.AddToRoleAsync(account, role);
        if (AdminRoles.HoldsWijken(role))
        {
            await users.AddClaimsAsync(account, known.Distinct().Select(w => new Claim(AdminClaims.Wijk, w!)));
        }

        await audit.RecordAsync(createdBy, AuditActions.AccountCreated, detail: $"{role}: {account.Id}", cancellationToken: cancellationToken);
        return new AccountCreation(password, []);
    }

    /// <summary>
    /// Gives an account its role (null: no rights at all) and, for a buurtcoördinator, its wijken. A change
    /// renews the security stamp, so every session of that account is checked again at its next request
    /// and carries the new rights (or none). Errors are for the Accounts page; none means done.
    /// </summary>
    public async Task<IReadOnlyList<string>> SetRightsAsync(CoordinatorAccount account, string? role, IReadOnlyCollection<string> wijken, bool fromProvider, Coordinator? changedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(wijken);
        if (role is not null && !AdminRoles.All.Contains(role))
        {
            return ["Kies een rol."];
        }

        var known = wijken.Select(w => areas.FindWijk(w)?.Name).ToList();
        if (!fromProvider && known.Any(w => w is null))
        {
            return ["Een van de wijken bestaat niet."];
        }

        var newWijken = AdminRoles.HoldsWijken(role) ? known.OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList() : [];
        if (AdminRoles.HoldsWijken(role) && newWijken.Count == 0)
        {
            if (!fromProvider)
            {
                return [role == AdminRoles.Wijkwethouder ? "Kies minstens één wijk voor een wijkwethouder." : "Kies minstens één wijk voor een buurtcoördinator."];
            }

            role = null;
        }

        await EnsureRolesAsync();
        var currentRoles = (await users.GetRolesAsync(account)).Where(AdminRoles.All.Contains).ToList();
        var claims = await users.GetClaimsAsync(account);
        var currentWijken = claims.Where(c => c.Type == AdminClaims.Wijk).Select(c => c.Value).Order(StringComparer.Ordinal).ToList();
        var marked = claims.Any(c => c.Type == AdminClaims.RightsFromProvider);
        var sameRole = role is null ? currentRoles.Count == 0 : currentRoles.SequenceEqual([role]);
        if (sameRole && currentWijken.SequenceEqual(newWijken) && marked == fromProvider)
        {
            return [];
        }

        if (currentRoles.Count > 0)
        {
            await users.RemoveFromRolesAsync(account, currentRoles);
        }

        if (role is not null)
        {
            await users.AddToRoleAsync(account, role);
        }

        await users.RemoveClaimsAsync(account, claims.Where(c => c.Type is AdminClaims.Wijk or AdminClaims.RightsFromProvider));
        var added = newWijken.Select(w => new Claim(AdminClaims.Wijk, w)).ToList();
        if (fromProvider)
        {
            added.Add(new Claim(AdminClaims.RightsFromProvider, "true"));
        }

        if (added.Count > 0)
        {
            await users.AddClaimsAsync(account, added);
        }

        await users.UpdateSecurityStampAsync(account);
        await audit.RecordAsync(changedBy, AuditActions.RightsChanged,
            detail: $"{role ?? "geen rechten"}{(newWijken.Count > 0 ? ": " + string.Join(", ", newWijken) : "")}{(fromProvider ? " (identity provider)" : "")}: {account.Id}",
            cancellationToken: cancellationToken);
        return [];
    }

    public async Task EnsureRolesAsync()
    {
        foreach (var role in AdminRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}

public sealed record AccountCreation(string? OneTimePassword, IReadOnlyList<string> Errors)
{
    public bool Succeeded => OneTimePassword is not null;
}
