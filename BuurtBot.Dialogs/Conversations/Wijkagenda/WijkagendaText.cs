using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Conversations.Wijkagenda;

/// <summary>The wijkagenda texts in the resident's language, always with an explicit culture (see <see cref="Texts"/>).</summary>
internal static class WijkagendaText
{
    public static string Get(string key, string? locale, params object[] args)
    {
        var culture = Texts.CultureFor(locale);
        var text = WijkagendaTexts.ResourceManager.GetString(key, culture)
            ?? throw new KeyNotFoundException($"No text '{key}' in Conversations/Wijkagenda/WijkagendaTexts.resx; add it there (and to WijkagendaTexts.en.resx).");
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }
}
