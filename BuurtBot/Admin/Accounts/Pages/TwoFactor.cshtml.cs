using System.Globalization;
using BuurtBot.Admin.Audit;
using BuurtBot.Steun;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BuurtBot.Admin.Accounts.Pages;

/// <summary>
/// Enrolment of an authenticator app (TOTP): the key as a QR code and as text, a first code to prove
/// it works, then ten recovery codes shown once. Required for beheerders with a local password.
/// </summary>
public sealed class TwoFactorModel(UserManager<CoordinatorAccount> users, SignInManager<CoordinatorAccount> signIn, AuditLog audit) : PageModel
{
    private const string Issuer = "BuurtBot";

    [BindProperty]
    public string? Code { get; set; }

    public bool Enabled { get; private set; }

    /// <summary>The key grouped by four, for typing it into an app that cannot scan.</summary>
    public string Key { get; private set; } = "";

    public string QrSvg { get; private set; } = "";

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public string? Message { get; private set; }

    public bool MustEnrol => User.HasClaim(c => c.Type == AdminClaims.MustEnrolTotp);

    public async Task<IActionResult> OnGetAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return Redirect("/admin/aanmelden");
        }

        await LoadAsync(account);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return Redirect("/admin/aanmelden");
        }

        if (account.TwoFactorEnabled)
        {
            await LoadAsync(account);
            return Page();
        }

        if (!await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, Code ?? ""))
        {
            Message = "Deze code klopt niet. Kijk of de tijd op je telefoon goed staat en vul de code in die de app nu laat zien.";
            await LoadAsync(account);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(account, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(account, 10))?.ToList() ?? [];
        // Turning TOTP on changed the security stamp (other sessions end); this one goes on, without the must-enrol mark.
        await signIn.RefreshSignInAsync(account);
        await audit.RecordAsync(Coordinator.From(User), AuditActions.TotpEnabled);
        Enabled = true;
        return Page();
    }

    private async Task LoadAsync(CoordinatorAccount account)
    {
        Enabled = account.TwoFactorEnabled;
        if (Enabled)
        {
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(account);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(account);
            key = await users.GetAuthenticatorKeyAsync(account) ?? "";
            // A new key changes the security stamp; keep this session.
            await signIn.RefreshSignInAsync(account);
        }

        Key = string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        var label = Uri.EscapeDataString($"{Issuer}:{account.Email}");
        QrSvg = QrCodes.Svg(string.Create(CultureInfo.InvariantCulture, $"otpauth://totp/{label}?secret={key}&issuer={Issuer}&digits=6&period=30"));
    }
}
