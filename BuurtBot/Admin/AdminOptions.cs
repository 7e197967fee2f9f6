using System.ComponentModel.DataAnnotations;

namespace BuurtBot.Admin;

public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>
    /// Mark the sign-in cookie Secure (HTTPS only). Keep it on behind the TLS proxy; turn it off only
    /// for a local run over plain http on another address than localhost.
    /// </summary>
    public bool SecureCookies { get; set; } = true;

    /// <summary>Failed sign-ins in a row before the account is locked.</summary>
    [Range(3, 20)]
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a sign-in lasts without activity.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);
}
