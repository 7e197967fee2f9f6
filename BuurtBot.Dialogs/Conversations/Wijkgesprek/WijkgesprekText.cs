using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Conversations.Wijkgesprek;

/// <summary>The wijkgesprek texts (WijkgesprekTexts.resx), in the resident's language.</summary>
internal static class WijkgesprekText
{
    private static readonly ResourceText Resource = new(WijkgesprekTexts.ResourceManager, "Conversations/Wijkgesprek/WijkgesprekTexts.resx");

    public static string Get(string key, string? locale, params object[] args) => Resource.Get(key, locale, args);
}
