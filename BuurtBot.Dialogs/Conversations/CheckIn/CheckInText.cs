using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Conversations.CheckIn;

/// <summary>The check-in's texts in the resident's language, always with an explicit culture (see <see cref="Texts"/>).</summary>
internal static class CheckInText
{
    public static string Get(string key, string? locale, params object[] args)
    {
        var culture = Texts.CultureFor(locale);
        var text = CheckInTexts.ResourceManager.GetString(key, culture)
            ?? throw new KeyNotFoundException($"No text '{key}' in Conversations/CheckIn/CheckInTexts.resx; add it there (and to CheckInTexts.en.resx).");
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }
}
