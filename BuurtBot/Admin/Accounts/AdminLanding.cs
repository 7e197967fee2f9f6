using System.Security.Claims;

namespace BuurtBot.Admin.Accounts;

/// <summary>Where an account lands after signing in (and at <c>/admin</c>): staff at the chats, a wijkwethouder at their wijken.</summary>
public static class AdminLanding
{
    public const string Staff = "/admin/gesprekken";

    public const string Wethouder = "/admin/wethouder";

    public static string For(IEnumerable<string> roles) =>
        roles.Any(AdminRoles.Staff.Contains) ? Staff : roles.Contains(AdminRoles.Wijkwethouder) ? Wethouder : Staff;

    public static string For(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return For(AdminRoles.All.Where(user.IsInRole));
    }
}
