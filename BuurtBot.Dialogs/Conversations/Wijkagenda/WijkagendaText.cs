using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Conversations.Wijkagenda;

/// <summary>The wijkagenda texts (WijkagendaTexts.resx), in the resident's language.</summary>
internal static class WijkagendaText
{
    private static readonly ResourceText Resource = new(WijkagendaTexts.ResourceManager, "Conversations/Wijkagenda/WijkagendaTexts.resx");

    public static string Get(string key, string? locale, params object[] args) => Resource.Get(key, locale, args);
}
