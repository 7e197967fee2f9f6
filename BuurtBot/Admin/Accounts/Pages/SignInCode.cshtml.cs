using BuurtBot.Admin.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace BuurtBot.Admin.Accounts.Pages;

/// <summary>The second step for an account with TOTP: the code from the app, or one of the recovery codes.</summary>
public sealed class SignInCodeModel(
    SignInManager<CoordinatorAccount> signIn,
    SignInThrottle throttle,
    DeviceCookie devices,
    IOptions<AdminOptions> options,
    AuditLog audit) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? RecoveryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/admin/aanmelden") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (account is null)
        {
            // The password step expired (or never happened): start again.
            return Redirect("/admin/aanmelden");
        }

        var name = SignInAttempt.Normalise(account.Email);
        var attempt = new SignInAttempt(HttpContext.Connection.RemoteIpAddress?.ToString(), name, devices.IsTrustedFor(HttpContext, name));
        if (throttle.IsThrottled(attempt))
        {
            Message = SignInModel.ThrottledMessage(options.Value.SignInThrottleWindow);
            return Page();
        }

        var recovery = (RecoveryCode ?? "").Replace(" ", "", StringComparison.Ordinal);
        var result = recovery.Length > 0
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(recovery)
            : await signIn.TwoFactorAuthenticatorSignInAsync(Code ?? "", isPersistent: false, rememberClient: false);
        var actor = new Coordinator(account.Id, account.FirstName, account.Email ?? "", false, []);
        if (!result.Succeeded)
        {
            throttle.RecordFailure(attempt);
            await audit.RecordAsync(actor, AuditActions.SignInFailed, detail: "code");
            Message = "Deze code klopt niet. Neem de code die je app nu laat zien, of een herstelcode.";
            return Page();
        }

        throttle.RecordSuccess(attempt);
        devices.Issue(HttpContext, name);
        await audit.RecordAsync(actor, AuditActions.SignedIn, detail: recovery.Length > 0 ? "herstelcode" : "code");
        return account.MustChangePassword
            ? Redirect(MustChangePasswordFilter.ChangePasswordPath)
            : LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : AdminLanding.For(await signIn.UserManager.GetRolesAsync(account)));
    }
}
