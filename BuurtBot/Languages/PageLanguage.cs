using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace BuurtBot.Languages;

/// <summary>
/// The language a page is shown in: Dutch unless the resident chose English with the language switch
/// (a cookie) or, without a choice, their browser asks for English before Dutch (Accept-Language).
/// </summary>
public sealed record PageLanguage(string Code, CultureInfo Culture)
{
    public static readonly PageLanguage Dutch = new("nl", CultureInfo.GetCultureInfo("nl-NL"));

    public static readonly PageLanguage English = new("en", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>The switch's choice. Functional, not tracking: it holds only "nl" or "en".</summary>
    public const string CookieName = "buurtbot-taal";

    /// <summary>The language the switch offers.</summary>
    public PageLanguage Other => Code == "en" ? Dutch : English;

    /// <summary>The language of the page being rendered (the middleware set the UI culture from the request).</summary>
    public static PageLanguage Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? English : Dutch;

    public static PageLanguage? FromCode(string? code) => code switch
    {
        "nl" => Dutch,
        "en" => English,
        _ => null,
    };

    public static PageLanguage Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (FromCode(request.Cookies[CookieName]) is { } chosen)
        {
            return chosen;
        }

        // The browser's order: the first of Dutch or English it names, by quality; anything else says nothing.
        var accepted = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(value => value.Quality ?? 1)
            .Select(value => value.Value.Value ?? "")
            .Select(tag => tag.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(tag => tag is "nl" or "en");
        return FromCode(accepted) ?? Dutch;
    }

    /// <summary>A return address for the switch: only a path on this site, never another host.</summary>
    public static string LocalPath(string? path) =>
        path is { Length: > 0 } p && p[0] == '/' && (p.Length == 1 || (p[1] != '/' && p[1] != '\\')) ? p : "/";

    /// <summary>The switch's link from <paramref name="path"/> (path and query of the page) to this language.</summary>
    public string SwitchLink(string path) => $"/taal?naar={Code}&terug={Uri.EscapeDataString(LocalPath(path))}";

    // HeaderNames used by the middleware, kept here so the language's rules are in one file.
    internal static readonly string[] VaryBy = [HeaderNames.AcceptLanguage, HeaderNames.Cookie];
}
