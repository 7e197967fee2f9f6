using BuurtBot.Admin.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BuurtBot.Admin.Accounts.Pages;

/// <summary>
/// Where the identity provider's sign-in ends: the account is found or made, and signed in when it has
/// rights. The page then moves on by itself (a same-site navigation), because the admin cookie is
/// SameSite=Strict and a browser would not send it on the redirect chain the provider started.
/// </summary>
public sealed class ExternalSignInModel(SignInManager<CoordinatorAccount> signIn, OpenIdConnectAccounts oidc, AuditLog audit) : PageModel
{
    public ExternalSignInOutcome Outcome { get; private set; } = ExternalSignInOutcome.Failed;

    public string Next { get; private set; } = AdminLanding.Staff;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded || external.Principal is null)
        {
            return Page();
        }

        var result = await oidc.ResolveAsync(external.Principal, cancellationToken);
        Outcome = result.Outcome;
        if (result is { Outcome: ExternalSignInOutcome.SignedIn, Account: { } account })
        {
            await signIn.SignInAsync(account, isPersistent: false, authenticationMethod: AdminOpenIdConnect.Scheme);
            Next = AdminLanding.For(await signIn.UserManager.GetRolesAsync(account));
            await audit.RecordAsync(new Coordinator(account.Id, account.FirstName, account.Email ?? "", false, []), AuditActions.SignedIn, detail: "openid-connect", cancellationToken: cancellationToken);
        }

        return Page();
    }
}
