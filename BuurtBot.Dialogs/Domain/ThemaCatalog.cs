namespace BuurtBot.Dialogs.Domain;

/// <summary>The themes in the order a resident sees them, their names, and recognising a typed name.</summary>
public static class ThemaCatalog
{
    /// <summary>All themes, "Anders" last as the way out.</summary>
    public static IReadOnlyList<Thema> All { get; } = Enum.GetValues<Thema>();

    public static string TextKey(Thema thema) => $"Thema_{thema}";

    /// <summary>"Spelen &amp; bewegen" in Dutch, "Play &amp; exercise" in English.</summary>
    public static string DisplayName(Thema thema, string? locale) => DomainText.Get(TextKey(thema), locale);

    /// <summary>
    /// Recognises a theme from what the resident typed or tapped, in Dutch or English, ignoring
    /// case, accents and punctuation ("spelen en bewegen" does not match, "Spelen &amp; bewegen" and
    /// "spelen bewegen" do), so a button label sent back as text still works.
    /// </summary>
    public static bool TryParse(string? text, out Thema thema)
    {
        thema = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var typed = NameKey.Key(text);
        foreach (var candidate in All)
        {
            if (typed == NameKey.Key(DisplayName(candidate, "nl")) ||
                typed == NameKey.Key(DisplayName(candidate, "en")) ||
                typed == NameKey.Key(candidate.ToString()))
            {
                thema = candidate;
                return true;
            }
        }

        return false;
    }
}
