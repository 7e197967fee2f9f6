using System.Collections.Concurrent;
using System.Security.Claims;
using BuurtBot.Admin.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace BuurtBot.Tests.Testing;

/// <summary>
/// Accounts for tests, made straight through Identity with a known password (no one-time password to
/// change). A beheerder gets an authenticator key and TOTP on, as the product requires; <see cref="NextCode"/>
/// is what their app would show.
/// </summary>
public static class AdminAccounts
{
    public const string Password = "Buurt-Wachtwoord-2026";

    private static readonly ConcurrentDictionary<string, string> Keys = new(StringComparer.OrdinalIgnoreCase);
    private static readonly ConcurrentDictionary<string, long> LastSteps = new(StringComparer.OrdinalIgnoreCase);

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
        if (role == AdminRoles.Beheerder)
        {
            await users.ResetAuthenticatorKeyAsync(account);
            Keys[email] = (await users.GetAuthenticatorKeyAsync(account))!;
            await users.SetTwoFactorEnabledAsync(account, true);
        }

        return new Coordinator(account.Id, firstName, email, role == AdminRoles.Beheerder, wijken);
    }

    public static Task<Coordinator> BeheerderAsync(IServiceProvider services, string firstName = "Bea") =>
        CreateAsync(services, firstName, AdminRoles.Beheerder);

    public static Task<Coordinator> CoordinatorAsync(IServiceProvider services, string firstName, params string[] wijken) =>
        CreateAsync(services, firstName, AdminRoles.Buurtcoordinator, wijken);

    /// <summary>True when the account was made with TOTP on (a beheerder), so signing in asks a code.</summary>
    public static bool HasTotp(string email) => Keys.ContainsKey(email);

    public static void RememberKey(string email, string key) => Keys[email] = key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>
    /// A code the authenticator app shows: for the current 30-second step, or the next one when the current
    /// one was used already (the server accepts each step once, and one step of drift).
    /// </summary>
    public static string NextCode(string email)
    {
        var totp = new Totp(Base32Encoding.ToBytes(Keys[email]));
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var step = LastSteps.AddOrUpdate(email, now, (_, last) => Math.Max(now, last + 1));
        return totp.ComputeTotp(DateTime.UnixEpoch.AddSeconds(step * 30));
    }
}
