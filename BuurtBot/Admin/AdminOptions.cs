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

    /// <summary>Failed sign-ins in a row before the account is locked.</summary>
    [Range(3, 20)]
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a sign-in lasts without activity.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);
}
