using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Domain;

/// <summary>
/// Looks up a domain text (thema names, next steps, wederkerigheid suggestions) in the
/// resident's language. Like <see cref="Texts"/>, always with an explicit culture, because the
/// generated class's static Culture would race between concurrent turns.
/// </summary>
public static class DomainText
{
    public static string Get(string key, string? locale)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return DomainTexts.ResourceManager.GetString(key, Texts.CultureFor(locale))
            ?? throw new KeyNotFoundException($"No text '{key}' in Domain/DomainTexts.resx; add it there (and to DomainTexts.en.resx).");
    }
}
