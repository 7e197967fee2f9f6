using Microsoft.AspNetCore.Identity;

namespace BuurtBot.Admin.Accounts;

/// <summary>
/// Checks a typed password against a hash that belongs to no account, so a sign-in with an unknown
/// address costs the same as one with a wrong password (otherwise the time tells which addresses exist).
/// </summary>
public sealed class UnknownAccountHash(IPasswordHasher<CoordinatorAccount> hasher)
{
    private static readonly CoordinatorAccount Nobody = new();
    private readonly Lazy<string> _hash = new(() => hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N")));

    public void Verify(string password) => hasher.VerifyHashedPassword(Nobody, _hash.Value, password);
}
