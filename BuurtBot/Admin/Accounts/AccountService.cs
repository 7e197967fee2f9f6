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

        if (role == AdminRoles.Buurtcoordinator && wijken.Count == 0)
        {
            errors.Add("Kies minstens één wijk voor een buurtcoördinator.");
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
        if (role == AdminRoles.Buurtcoordinator)
        {
            await users.AddClaimsAsync(account, known.Distinct().Select(w => new Claim(AdminClaims.Wijk, w!)));
        }

        await audit.RecordAsync(createdBy, AuditActions.AccountCreated, detail: $"{role}: {account.Id}", cancellationToken: cancellationToken);
        return new AccountCreation(password, []);
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
