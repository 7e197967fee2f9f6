using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BuurtBot.Admin.Accounts;

/// <summary>
/// The OpenID Connect scheme for the municipality's identity provider, registered only when
/// <c>Admin:OpenIdConnect:Authority</c> and <c>ClientId</c> are set: authorization code flow with PKCE,
/// signed id token checked against the provider's published keys, the result parked in Identity's
/// external cookie until <see cref="OpenIdConnectAccounts"/> turns it into a BuurtBot account.
/// </summary>
public static class AdminOpenIdConnect
{
    public const string Scheme = "oidc";
    public const string CallbackPath = "/admin/aanmelden/oidc";

    public static void AddAdminOpenIdConnect(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = builder.Configuration.GetSection(AdminOptions.Section).Get<AdminOptions>() ?? new AdminOptions();
        var oidc = settings.OpenIdConnect;
        builder.Services.AddScoped<OpenIdConnectAccounts>();
        if (!oidc.Enabled)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(oidc.ClientSecret))
        {
            throw new InvalidOperationException(
                "Admin:OpenIdConnect:ClientId is set but the client secret is not: set the environment variable Admin__OpenIdConnect__ClientSecret.");
        }

        var secure = settings.CookiePolicy(builder.Configuration[WebHostDefaults.ServerUrlsKey]);
        builder.Services.AddAuthentication().AddOpenIdConnect(Scheme, oidc.DisplayName, options =>
        {
            options.SignInScheme = IdentityConstants.ExternalScheme;
            options.Authority = oidc.Authority;
            options.ClientId = oidc.ClientId;
            options.ClientSecret = oidc.ClientSecret;
            options.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.UsePkce = true;
            // The answer comes back as a top-level GET, so the correlation cookie can be SameSite=Lax
            // (form_post would need SameSite=None).
            options.ResponseMode = OpenIdConnectResponseMode.Query;
            options.CallbackPath = CallbackPath;
            // openid and profile are the handler's defaults; the address is how an account is recognised.
            options.Scope.Add("email");

            options.GetClaimsFromUserInfoEndpoint = true;
            // Keep the provider's claim names (sub, email, roles, groups) as they are.
            options.MapInboundClaims = false;
            options.SaveTokens = false;
            options.CorrelationCookie.SameSite = SameSiteMode.Lax;
            options.CorrelationCookie.SecurePolicy = secure;
            options.NonceCookie.SameSite = SameSiteMode.Lax;
            options.NonceCookie.SecurePolicy = secure;
            // Roles and groups from the userinfo answer are kept too, not only the id token's.
            foreach (var claim in oidc.RightsClaims)
            {
                options.ClaimActions.MapJsonKey(claim, claim);
            }

            options.ClaimActions.MapJsonKey("email_verified", "email_verified");
            options.ClaimActions.MapJsonKey("given_name", "given_name");
            options.ClaimActions.MapJsonKey("preferred_username", "preferred_username");
        });
    }
}
