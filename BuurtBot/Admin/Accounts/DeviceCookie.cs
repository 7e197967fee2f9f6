using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace BuurtBot.Admin.Accounts;

/// <summary>
/// Marks a browser in which an account signed in successfully before (OWASP's "device cookie"), so
/// <see cref="SignInThrottle"/> can count that browser's failures apart from everyone else's. Protected
/// with the app's data protection keys: it cannot be made or changed outside the app, and says nothing
/// readable about the account.
/// </summary>
public sealed class DeviceCookie(IDataProtectionProvider protection, IOptions<AdminOptions> admin, IConfiguration configuration, TimeProvider time)
{
    public const string Name = "buurtbot.device";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);
    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("BuurtBot.Admin.DeviceCookie").ToTimeLimitedDataProtector();

    /// <summary>True when the request carries a device cookie for this (normalised) account name.</summary>
    public bool IsTrustedFor(HttpContext context, string account)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.Cookies.TryGetValue(Name, out var value) || string.IsNullOrEmpty(value))
        {
            return false;
        }

        try
        {
            return string.Equals(_protector.Unprotect(value), account, StringComparison.Ordinal);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }

    public void Issue(HttpContext context, string account)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(Name, _protector.Protect(account, time.GetUtcNow() + Lifetime), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps || admin.Value.CookiePolicy(configuration[WebHostDefaults.ServerUrlsKey]) == CookieSecurePolicy.Always,
            SameSite = SameSiteMode.Strict,
            Path = "/admin",
            MaxAge = Lifetime,
            IsEssential = true,
        });
    }
}
