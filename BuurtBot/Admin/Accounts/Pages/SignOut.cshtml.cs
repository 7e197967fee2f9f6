using BuurtBot.Admin.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BuurtBot.Admin.Accounts.Pages;

/// <summary>
/// Signing out ends every session of the account, not just this browser's: the new security stamp makes
/// every cookie issued before it invalid at its next request (including one copied from this browser).
/// </summary>
public sealed class SignOutModel(SignInManager<CoordinatorAccount> signIn, UserManager<CoordinatorAccount> users, AuditLog audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } account)
        {
            await users.UpdateSecurityStampAsync(account);
            await audit.RecordAsync(Coordinator.From(User), AuditActions.SignedOut);
        }

        await signIn.SignOutAsync();
        return Redirect("/admin/aanmelden");
    }
}
