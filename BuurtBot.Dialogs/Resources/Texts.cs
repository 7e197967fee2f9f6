using System.Globalization;

namespace BuurtBot.Dialogs.Resources;

/// <summary>
/// Looks up a text in the resident's language. The generated <see cref="Strings"/> class
/// has one static Culture for the whole process, which concurrent turns in different
/// languages would race on, so texts are always fetched with an explicit culture.
/// </summary>
public static class Texts
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Get(string key, string? locale, params object[] args)
    {
        var culture = CultureFor(locale);
        var text = Strings.ResourceManager.GetString(key, culture)
            ?? throw new KeyNotFoundException($"No text '{key}' in Resources/Strings.resx; add it there (and to Strings.en.resx).");
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }

    /// <summary>Dutch unless the locale is English: the programme speaks Dutch first.</summary>
    public static CultureInfo CultureFor(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? CultureInfo.GetCultureInfo("en-GB")
            : Dutch;
}
