using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace BuurtBot.Admin.Accounts;

/// <summary>Sends anyone still on a one-time password to the change-password page, whatever page they ask for.</summary>
public sealed class MustChangePasswordFilter : IAsyncPageFilter
{
    public const string ChangePasswordPath = "/admin/wachtwoord";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        var exempt = context.ActionDescriptor.ViewEnginePath is "/Admin/Accounts/Pages/ChangePassword" or "/Admin/Accounts/Pages/SignIn" or "/Admin/Accounts/Pages/SignOut"
            or "/Admin/Accounts/Pages/SignInCode" or "/Admin/Accounts/Pages/ExternalSignIn";
        if (!exempt && user.HasClaim(c => c.Type == AdminClaims.MustChangePassword))
        {
            context.Result = new RedirectResult(ChangePasswordPath);
            return;
        }

        await next();
    }
}
