using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Conversations.Steun;

/// <summary>The support-by-link texts (SteunTexts.resx), in the resident's language.</summary>
public static class SteunText
{
    private static readonly ResourceText Resource = new(SteunTexts.ResourceManager, "Conversations/Steun/SteunTexts.resx");

    public static string Get(string key, string? locale, params object[] args) => Resource.Get(key, locale, args);
}
