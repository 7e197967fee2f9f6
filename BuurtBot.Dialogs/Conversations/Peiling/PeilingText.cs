using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Conversations.Peiling;

/// <summary>The peiling's texts (PeilingTexts.resx), in the resident's language, and its closing times.</summary>
internal static class PeilingText
{
    private static readonly ResourceText Resource = new(PeilingTexts.ResourceManager, "Conversations/Peiling/PeilingTexts.resx");

    public static string Get(string key, string? locale, params object[] args) => Resource.Get(key, locale, args);

    /// <summary>A closing time as residents read it: "maandag 3 maart, 17:00", in Hilversum's clock.</summary>
    public static string When(DateTime utc, string? locale)
    {
        var culture = Texts.CultureFor(locale);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        return local.ToString("dddd d MMMM, HH:mm", culture);
    }
}
