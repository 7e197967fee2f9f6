using BuurtBot.Admin.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BuurtBot.Admin.Accounts.Pages;

public sealed class SignInModel(SignInManager<CoordinatorAccount> signIn, UserManager<CoordinatorAccount> users, AuditLog audit) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // An empty field binds as null: answer it as a wrong address, not with a server error.
        var account = string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password) ? null : await users.FindByEmailAsync(Email.Trim());
        if (account is null)
        {
            // Same answer as a wrong password: the page does not tell which addresses have an account.
            Message = "Het e-mailadres of het wachtwoord klopt niet.";
            return Page();
        }

        var actor = new Coordinator(account.Id, account.FirstName, account.Email ?? "", false, []);
        var result = await signIn.PasswordSignInAsync(account, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(actor, AuditActions.SignedIn);
            return account.MustChangePassword
                ? Redirect(MustChangePasswordFilter.ChangePasswordPath)
                : LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin/gesprekken");
        }

        if (result.IsLockedOut)
        {
            await audit.RecordAsync(actor, AuditActions.LockedOut);
            Message = "Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het later opnieuw.";
            return Page();
        }

        await audit.RecordAsync(actor, AuditActions.SignInFailed);
        Message = "Het e-mailadres of het wachtwoord klopt niet.";
        return Page();
    }
}
