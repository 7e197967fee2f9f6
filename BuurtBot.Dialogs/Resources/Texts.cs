using System.Globalization;

namespace BuurtBot.Dialogs.Resources;

/// <summary>The engine's texts (Strings.resx: prompts' retries, help, stale stack), in the resident's language.</summary>
public static class Texts
{
    private static readonly ResourceText Resource = new(Strings.ResourceManager, "Resources/Strings.resx");

    public static string Get(string key, string? locale, params object[] args) => Resource.Get(key, locale, args);

    /// <inheritdoc cref="ResourceText.CultureFor"/>
    public static CultureInfo CultureFor(string? locale) => ResourceText.CultureFor(locale);
}
