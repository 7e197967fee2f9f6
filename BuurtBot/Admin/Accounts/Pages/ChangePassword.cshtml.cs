using BuurtBot.Admin.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BuurtBot.Admin.Accounts.Pages;

public sealed class ChangePasswordModel(UserManager<CoordinatorAccount> users, SignInManager<CoordinatorAccount> signIn, AuditLog audit) : PageModel
{
    [BindProperty]
    public string CurrentPassword { get; set; } = "";

    [BindProperty]
    public string NewPassword { get; set; } = "";

    [BindProperty]
    public string ConfirmPassword { get; set; } = "";

    public List<string> Errors { get; } = [];

    public bool MustChange => User.HasClaim(c => c.Type == AdminClaims.MustChangePassword);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return Redirect("/admin/aanmelden");
        }

        if (NewPassword != ConfirmPassword)
        {
            Errors.Add("De twee nieuwe wachtwoorden zijn niet gelijk.");
        }
        else if (NewPassword == CurrentPassword)
        {
            Errors.Add("Kies een ander wachtwoord dan het huidige.");
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var changed = await users.ChangePasswordAsync(account, CurrentPassword, NewPassword);
        if (!changed.Succeeded)
        {
            Errors.AddRange(changed.Errors.Select(e => e.Code == "PasswordMismatch" ? "Het huidige wachtwoord klopt niet." : e.Description));
            return Page();
        }

        account.MustChangePassword = false;
        await users.UpdateAsync(account);
        // A fresh cookie without the must-change mark.
        await signIn.RefreshSignInAsync(account);
        await audit.RecordAsync(Coordinator.From(User), AuditActions.PasswordChanged);
        return Redirect(AdminLanding.For(User));
    }
}
