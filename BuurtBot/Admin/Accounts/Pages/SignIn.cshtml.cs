using BuurtBot.Admin.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace BuurtBot.Admin.Accounts.Pages;

/// <summary>
/// Local sign-in (e-mail and password, then a code for accounts with TOTP) and the button to the
/// municipality's identity provider. Known and unknown addresses get the same answers and cost the same
/// work (a password hash either way), and <see cref="SignInThrottle"/> slows guessing without a lockout.
/// </summary>
public sealed class SignInModel(
    SignInManager<CoordinatorAccount> signIn,
    UserManager<CoordinatorAccount> users,
    SignInThrottle throttle,
    DeviceCookie devices,
    UnknownAccountHash unknownAccount,
    IOptions<AdminOptions> options,
    AuditLog audit) : PageModel
{
    public const string WrongMessage = "Het e-mailadres of het wachtwoord klopt niet.";

    /// <summary>The audit line's actor for an address without an account (the typed address is not kept).</summary>
    private static readonly Coordinator UnknownAccount = new("", "", "(onbekend e-mailadres)", false, []);

    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Message { get; private set; }

    public AdminOpenIdConnectOptions OpenIdConnect => options.Value.OpenIdConnect;

    public static string ThrottledMessage(TimeSpan window) =>
        $"Te veel mislukte pogingen om aan te melden. Wacht {Math.Max(1, (int)Math.Ceiling(window.TotalMinutes))} minuten en probeer het dan opnieuw.";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var name = SignInAttempt.Normalise(Email);
        var attempt = new SignInAttempt(HttpContext.Connection.RemoteIpAddress?.ToString(), name, devices.IsTrustedFor(HttpContext, name));
        if (throttle.IsThrottled(attempt))
        {
            Message = ThrottledMessage(options.Value.SignInThrottleWindow);
            return Page();
        }

        // An empty field binds as null: answer it as a wrong address, not with a server error.
        var account = name.Length == 0 || string.IsNullOrEmpty(Password) ? null : await users.FindByEmailAsync(Email.Trim());
        if (account is null)
        {
            // The same work and the same answer as a wrong password: neither tells which addresses have an account.
            unknownAccount.Verify(Password ?? "");
            throttle.RecordFailure(attempt);
            await audit.RecordAsync(UnknownAccount, AuditActions.SignInFailed);
            Message = WrongMessage;
            return Page();
        }

        var actor = new Coordinator(account.Id, account.FirstName, account.Email ?? "", false, []);
        // No lockout: a hard lockout is a way for anyone to keep a coordinator out; the throttle slows guessing instead.
        var result = await signIn.PasswordSignInAsync(account, Password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            throttle.RecordSuccess(attempt);
            if (result.RequiresTwoFactor)
            {
                // The password was right; the device is trusted only after the code.
                return RedirectToPage("/Admin/Accounts/Pages/SignInCode", new { ReturnUrl });
            }

            devices.Issue(HttpContext, name);
            await audit.RecordAsync(actor, AuditActions.SignedIn);
            return account.MustChangePassword
                ? Redirect(MustChangePasswordFilter.ChangePasswordPath)
                : LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : AdminLanding.For(await signIn.UserManager.GetRolesAsync(account)));
        }

        throttle.RecordFailure(attempt);
        await audit.RecordAsync(actor, AuditActions.SignInFailed);
        Message = WrongMessage;
        return Page();
    }

    /// <summary>To the municipality's identity provider (authorization code with PKCE); back at /admin/aanmelden/extern.</summary>
    public IActionResult OnGetOpenIdConnect()
    {
        if (!OpenIdConnect.Enabled)
        {
            return NotFound();
        }

        var properties = signIn.ConfigureExternalAuthenticationProperties(AdminOpenIdConnect.Scheme, "/admin/aanmelden/extern");
        return Challenge(properties, AdminOpenIdConnect.Scheme);
    }
}
