using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Domain;

/// <summary>The domain's texts (DomainTexts.resx: thema names, statuses, next steps, wederkerigheid), in the resident's language.</summary>
public static class DomainText
{
    private static readonly ResourceText Resource = new(DomainTexts.ResourceManager, "Domain/DomainTexts.resx");

    public static string Get(string key, string? locale) => Resource.Get(key, locale);
}
