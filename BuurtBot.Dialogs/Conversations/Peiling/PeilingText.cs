using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Conversations.Peiling;

/// <summary>The peiling's texts in the resident's language, always with an explicit culture (see <see cref="Texts"/>).</summary>
internal static class PeilingText
{
    public static string Get(string key, string? locale, params object[] args)
    {
        var culture = Texts.CultureFor(locale);
        var text = PeilingTexts.ResourceManager.GetString(key, culture)
            ?? throw new KeyNotFoundException($"No text '{key}' in Conversations/Peiling/PeilingTexts.resx; add it there (and to PeilingTexts.en.resx).");
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }

    /// <summary>A closing time as residents read it: "maandag 3 maart, 17:00", in Hilversum's clock.</summary>
    public static string When(DateTime utc, string? locale)
    {
        var culture = Texts.CultureFor(locale);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        return local.ToString("dddd d MMMM, HH:mm", culture);
    }
}
