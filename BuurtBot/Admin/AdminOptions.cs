using System.ComponentModel.DataAnnotations;

namespace BuurtBot.Admin;

public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>
    /// Mark the sign-in and antiforgery cookies Secure (HTTPS only). Unset means: on, unless the app
    /// listens on loopback only (a developer's <c>dotnet run</c> over http://localhost), where
    /// Secure cookies would make every admin form fail. Keep it on behind the TLS proxy.
    /// </summary>
    public bool? SecureCookies { get; set; }

    /// <summary>The policy for <see cref="SecureCookies"/>, given the addresses the server listens on.</summary>
    public Microsoft.AspNetCore.Http.CookieSecurePolicy CookiePolicy(string? serverUrls)
    {
        var secure = SecureCookies ?? !ListensOnLoopbackOnly(serverUrls);
        return secure ? Microsoft.AspNetCore.Http.CookieSecurePolicy.Always : Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
    }

    private static bool ListensOnLoopbackOnly(string? serverUrls)
    {
        var urls = string.IsNullOrWhiteSpace(serverUrls) ? Hosting.HostingExtensions.DefaultUrl : serverUrls;
        return urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .All(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsLoopback);
    }

    /// <summary>
    /// Failed sign-ins from one client address (whatever the account) within <see cref="SignInThrottleWindow"/>
    /// before that address is refused for the rest of the window: one client cannot try many passwords quickly.
    /// </summary>
    [Range(3, 1000)]
    public int SignInFailuresPerAddress { get; set; } = 20;

    /// <summary>
    /// Failed sign-ins for one account (known or not) within the window before further tries are refused,
    /// counted apart for browsers that signed in to that account before (device cookie), so an attacker
    /// who uses up the count cannot keep the coordinator out. There is no hard lockout.
    /// </summary>
    [Range(3, 100)]
    public int SignInFailuresPerAccount { get; set; } = 5;

    /// <summary>The sliding window of both counts.</summary>
    public TimeSpan SignInThrottleWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a sign-in lasts without activity.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Sign-in with the municipality's own identity provider; off until Authority and ClientId are set.</summary>
    public Accounts.AdminOpenIdConnectOptions OpenIdConnect { get; set; } = new();
}
