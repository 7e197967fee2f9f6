using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Conversations.Steun;

/// <summary>The support-by-link texts in the resident's language, always with an explicit culture (see <see cref="Texts"/>).</summary>
public static class SteunText
{
    public static string Get(string key, string? locale, params object[] args)
    {
        var culture = Texts.CultureFor(locale);
        var text = SteunTexts.ResourceManager.GetString(key, culture)
            ?? throw new KeyNotFoundException($"No text '{key}' in Conversations/Steun/SteunTexts.resx; add it there (and to SteunTexts.en.resx).");
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }
}
