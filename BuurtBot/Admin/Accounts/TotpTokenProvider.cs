using System.Globalization;
using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace BuurtBot.Admin.Accounts;

/// <summary>
/// TOTP (RFC 6238: SHA-1, 6 digits, 30 s) with Otp.NET against the account's authenticator key, one
/// step either side for clock drift. A code is accepted once: the step it matched is stored, and that
/// step or an earlier one is refused afterwards, so a code read over someone's shoulder is useless.
/// </summary>
public sealed class TotpTokenProvider(TimeProvider time) : IUserTwoFactorTokenProvider<CoordinatorAccount>
{
    public const string Name = "BuurtBotTotp";
    private const string Store = "BuurtBot";
    private const string LastStep = "TotpLastStep";

    /// <summary>Codes come from the coordinator's app; the server never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<CoordinatorAccount> manager, CoordinatorAccount user) =>
        Task.FromResult("");

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<CoordinatorAccount> manager, CoordinatorAccount user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var code = new string((token ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(time.GetUtcNow().UtcDateTime, code, out var step, new VerificationWindow(previous: 1, future: 1)))
        {
            return false;
        }

        var last = await manager.GetAuthenticationTokenAsync(user, Store, LastStep);
        if (long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var used) && step <= used)
        {
            return false;
        }

        await manager.SetAuthenticationTokenAsync(user, Store, LastStep, step.ToString(CultureInfo.InvariantCulture));
        return true;
    }

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<CoordinatorAccount> manager, CoordinatorAccount user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrEmpty(await manager.GetAuthenticatorKeyAsync(user));
    }
}
