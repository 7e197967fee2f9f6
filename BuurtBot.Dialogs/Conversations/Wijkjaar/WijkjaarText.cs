using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Conversations.Wijkjaar;

/// <summary>The wijkjaar texts (WijkjaarTexts.resx), in the resident's language.</summary>
internal static class WijkjaarText
{
    private static readonly ResourceText Resource = new(WijkjaarTexts.ResourceManager, "Conversations/Wijkjaar/WijkjaarTexts.resx");

    public static string Get(string key, string? locale, params object[] args) => Resource.Get(key, locale, args);
}
