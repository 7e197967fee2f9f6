namespace BuurtBot.Admin.Pages.Accounts;

public sealed record AccountRow(string Email, string FirstName, string Role, IReadOnlyList<string> Wijken, bool MustChangePassword, bool LockedOut);
