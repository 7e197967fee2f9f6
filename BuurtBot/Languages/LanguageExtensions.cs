using System.Globalization;

namespace BuurtBot.Languages;

/// <summary>
/// Page languages: Dutch by default, English by the switch on every public page or the browser's
/// Accept-Language. Sets only the UI culture (texts from resources); number formats stay as each page
/// chooses. The admin pages are Dutch only, so they are not switched.
/// </summary>
public static class LanguageExtensions
{
    public static IHostApplicationBuilder AddPageLanguages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        return builder;
    }

    public static WebApplication UsePageLanguages(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var admin = context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase);
            var language = admin ? PageLanguage.Dutch : PageLanguage.Of(context.Request);
            CultureInfo.CurrentUICulture = language.Culture;
            if (!admin)
            {
                // Public pages are cached by proxies: a Dutch copy must not be served to someone who chose English.
                context.Response.Headers.Append("Vary", string.Join(", ", PageLanguage.VaryBy));
            }

            await next(context);
        });
        return app;
    }

    /// <summary><c>GET /taal?naar=en&amp;terug=/kaart</c>: remember the choice and go back to the page.</summary>
    public static IEndpointRouteBuilder MapPageLanguages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/taal", SwitchLanguage).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static IResult SwitchLanguage(string? naar, string? terug, HttpContext context)
    {
        if (PageLanguage.FromCode(naar) is not { } language)
        {
            return Results.Text(PageTexts.UnknownLanguage, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        context.Response.Cookies.Append(PageLanguage.CookieName, language.Code, new CookieOptions
        {
            HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps,
            MaxAge = TimeSpan.FromDays(365), Path = "/",
        });
        return Results.LocalRedirect(PageLanguage.LocalPath(terug));
    }
}
