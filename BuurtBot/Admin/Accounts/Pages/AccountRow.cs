namespace BuurtBot.Admin.Accounts.Pages;

public sealed record AccountRow(string Id, string Email, string FirstName, string Role, IReadOnlyList<string> Wijken, bool MustChangePassword, string SignInMethod);
