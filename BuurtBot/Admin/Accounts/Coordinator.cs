using System.Security.Claims;

namespace BuurtBot.Admin.Accounts;

/// <summary>
/// The signed-in person as the handoff and the pages need them: who, the first name residents
/// see, and which wijken they may open. Built from the sign-in's claims, so no page asks the database.
/// </summary>
public sealed record Coordinator(string Id, string FirstName, string Email, bool IsBeheerder, IReadOnlyList<string> Wijken)
{
    public static Coordinator From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("The user is not signed in; admin pages require the Staff policy.");
        return new Coordinator(
            id,
            user.FindFirstValue(AdminClaims.FirstName) ?? "",
            user.FindFirstValue(ClaimTypes.Name) ?? "",
            user.IsInRole(AdminRoles.Beheerder),
            user.FindAll(AdminClaims.Wijk).Select(c => c.Value).ToList());
    }

    /// <summary>
    /// The scoping rule, in one place: a beheerder opens everything; a coordinator the chats of their
    /// wijken and those whose wijk is not known yet (someone must be able to pick those up).
    /// </summary>
    public bool MayOpen(string? wijk) =>
        IsBeheerder || wijk is null || Wijken.Contains(wijk, StringComparer.OrdinalIgnoreCase);
}
