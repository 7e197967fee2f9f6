using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace BuurtBot.Admin.Accounts;

/// <summary>Sends a beheerder without an authenticator app to the enrolment page, whatever page they ask for.</summary>
public sealed class MustEnrolTotpFilter : IAsyncPageFilter
{
    public const string EnrolPath = "/admin/tweestaps";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        var exempt = context.ActionDescriptor.ViewEnginePath is "/Admin/Accounts/Pages/TwoFactor" or "/Admin/Accounts/Pages/ChangePassword"
            or "/Admin/Accounts/Pages/SignIn" or "/Admin/Accounts/Pages/SignOut" or "/Admin/Accounts/Pages/SignInCode" or "/Admin/Accounts/Pages/ExternalSignIn";
        if (!exempt && user.HasClaim(c => c.Type == AdminClaims.MustEnrolTotp))
        {
            context.Result = new RedirectResult(EnrolPath);
            return;
        }

        await next();
    }
}
