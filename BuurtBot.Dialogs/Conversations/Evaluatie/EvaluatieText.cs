using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Conversations.Evaluatie;

/// <summary>The evaluation's texts in the resident's language, always with an explicit culture (see <see cref="Texts"/>).</summary>
internal static class EvaluatieText
{
    public static string Get(string key, string? locale, params object[] args)
    {
        var culture = Texts.CultureFor(locale);
        var text = EvaluatieTexts.ResourceManager.GetString(key, culture)
            ?? throw new KeyNotFoundException($"No text '{key}' in Conversations/Evaluatie/EvaluatieTexts.resx; add it there (and to EvaluatieTexts.en.resx).");
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }
}
