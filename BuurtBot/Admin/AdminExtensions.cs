using BuurtBot.Admin.Accounts;
using BuurtBot.Admin.Audit;
using BuurtBot.Admin.Live;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BuurtBot.Admin;

public static class AdminExtensions
{
    /// <summary>The coordinators' pages under /admin: Identity accounts, Razor Pages, the live hub.</summary>
    public static IHostApplicationBuilder AddAdmin(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton(_ => AreaCatalogLoader.FromEmbeddedDefault());

        builder.Services.AddIdentity<CoordinatorAccount, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                // No hard lockout (anyone could use it to keep a coordinator out): SignInThrottle slows guessing instead.
                options.Lockout.AllowedForNewUsers = false;
                options.SignIn.RequireConfirmedAccount = false;
                options.Tokens.AuthenticatorTokenProvider = TotpTokenProvider.Name;
            })
            .AddEntityFrameworkStores<BuurtBotDbContext>()
            .AddClaimsPrincipalFactory<CoordinatorClaimsFactory>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddTokenProvider<TotpTokenProvider>(TotpTokenProvider.Name);
        // The security stamp is checked on every request: signing out, a new password or new rights end
        // every other session of the account at once, a copied cookie included.
        builder.Services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddSingleton<DeviceCookie>();
        builder.Services.AddSingleton<UnknownAccountHash>();
        builder.AddAdminOpenIdConnect();
        builder.Services.ConfigureApplicationCookie(ConfigureCookie);
        builder.Services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<AdminOptions>, IConfiguration>((cookie, admin, configuration) =>
            {
                cookie.Cookie.SecurePolicy = admin.Value.CookiePolicy(configuration[WebHostDefaults.ServerUrlsKey]);
                cookie.ExpireTimeSpan = admin.Value.SessionLifetime;
            });
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "buurtbot.af";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        builder.Services.AddOptions<AntiforgeryOptions>().Configure<IOptions<AdminOptions>, IConfiguration>((antiforgery, admin, configuration) =>
            antiforgery.Cookie.SecurePolicy = admin.Value.CookiePolicy(configuration[WebHostDefaults.ServerUrlsKey]));

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicies.Staff, p => p.RequireRole(AdminRoles.Staff))
            .AddPolicy(AdminPolicies.Beheerder, p => p.RequireRole(AdminRoles.Beheerder))
            .AddPolicy(AdminPolicies.AnyRole, p => p.RequireRole(AdminRoles.All))
            .AddPolicy(AdminPolicies.Live, p => p.RequireRole(AdminRoles.Staff)
                .RequireAssertion(c => !c.User.HasClaim(x => x.Type is AdminClaims.MustChangePassword or AdminClaims.MustEnrolTotp)));

        builder.Services.AddRazorPages(options =>
        {
            // Each capability keeps its admin pages in its own folder (Peilingen/Pages, Admin/Handoff/Pages, ...),
            // so pages are found from the project root; every page names its own "/admin/..." route.
            options.RootDirectory = "/";
            // Staff by default: a page added anywhere is closed to a wijkwethouder unless it is listed here.
            // (AuthorizeFolder plus AuthorizePage would require both policies, so the default is added per page.)
            options.Conventions.AddFolderApplicationModelConvention("/", page => page.EndpointMetadata.Add(
                new AuthorizeAttribute(OpenToEveryRole.Contains(page.ViewEnginePath) ? AdminPolicies.AnyRole : AdminPolicies.Staff)));
            options.Conventions.AuthorizePage("/Admin/Accounts/Pages/Accounts", AdminPolicies.Beheerder);
            options.Conventions.AuthorizePage("/Admin/Handoff/Pages/Antwoorden", AdminPolicies.Beheerder);
            options.Conventions.AuthorizePage("/Admin/Audit/Pages/Audit", AdminPolicies.Beheerder);
            options.Conventions.AuthorizePage("/Inzicht/Pages/Onbegrepen", AdminPolicies.Beheerder);
            options.Conventions.AuthorizePage("/Inzicht/Pages/Voorstellen", AdminPolicies.Beheerder);
            options.Conventions.AllowAnonymousToPage("/Admin/Accounts/Pages/SignIn");
            options.Conventions.AllowAnonymousToPage("/Admin/Accounts/Pages/SignInCode");
            options.Conventions.AllowAnonymousToPage("/Admin/Accounts/Pages/ExternalSignIn");
            options.Conventions.ConfigureFilter(new MustChangePasswordFilter());
            options.Conventions.ConfigureFilter(new MustEnrolTotpFilter());
        });
        builder.Services.AddSignalR();
        builder.Services.AddSingleton<LiveAudience>();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<AccountService>();
        builder.Services.AddHostedService<LiveUpdateBridge>();
        return builder;
    }

    public static IEndpointRouteBuilder MapAdmin(this WebApplication app)
    {
        // A 403 or 404 of an admin page gets a short text, not an empty body the browser shows as broken.
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase), admin => admin.UseStatusCodePages(
            "text/plain; charset=utf-8", "{0}: deze pagina bestaat niet of je hebt er geen toegang toe."));
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/admin", (HttpContext context) => Results.Redirect(AdminLanding.For(context.User))).ExcludeFromDescription();
        app.MapRazorPages();
        app.MapHub<ConversationHub>(ConversationHub.Path);
        return app;
    }

    /// <summary>The pages a wijkwethouder may open besides staff; each checks the wijk itself.</summary>
    private static readonly HashSet<string> OpenToEveryRole = new(StringComparer.Ordinal)
    {
        "/Admin/Accounts/Pages/ChangePassword",
        "/Admin/Accounts/Pages/SignOut",
        "/Admin/Accounts/Pages/TwoFactor",
        "/Wethouder/Pages/Wethouder",
        "/Wethouder/Pages/WethouderWijk",
    };

    private static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "buurtbot.admin";
        options.Cookie.HttpOnly = true;
        // Strict: the admin cookie never rides along on a request another site starts (CSRF, WebSocket hijacking).
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.SlidingExpiration = true;
        options.LoginPath = "/admin/aanmelden";
        options.LogoutPath = "/admin/afmelden";
        options.AccessDeniedPath = "/admin/aanmelden";
        options.Events.OnRedirectToAccessDenied = context =>
        {
            // Signed in but not allowed: say so with 403 rather than send them to the sign-in page.
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }
}
