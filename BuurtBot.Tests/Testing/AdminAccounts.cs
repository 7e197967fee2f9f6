using System.Security.Claims;
using BuurtBot.Admin.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Testing;

/// <summary>Accounts for tests, made straight through Identity with a known password (no one-time password to change).</summary>
public static class AdminAccounts
{
    public const string Password = "Buurt-Wachtwoord-2026";

    public static async Task<Coordinator> CreateAsync(IServiceProvider services, string firstName, string role, params string[] wijken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountService>().EnsureRolesAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CoordinatorAccount>>();
        var email = $"{firstName.ToLowerInvariant()}-{Guid.NewGuid():N}@hilversum.example";
        var account = new CoordinatorAccount { UserName = email, Email = email, FirstName = firstName };
        var created = await users.CreateAsync(account, Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(account, role);
        await users.AddClaimsAsync(account, wijken.Select(w => new Claim(AdminClaims.Wijk, w)));
        return new Coordinator(account.Id, firstName, email, role == AdminRoles.Beheerder, wijken);
    }

    public static Task<Coordinator> BeheerderAsync(IServiceProvider services, string firstName = "Bea") =>
        CreateAsync(services, firstName, AdminRoles.Beheerder);

    public static Task<Coordinator> CoordinatorAsync(IServiceProvider services, string firstName, params string[] wijken) =>
        CreateAsync(services, firstName, AdminRoles.Buurtcoordinator, wijken);
}
