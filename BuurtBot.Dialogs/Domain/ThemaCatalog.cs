namespace BuurtBot.Dialogs.Domain;

/// <summary>The themes in the order a resident sees them, their names, and recognising a typed name.</summary>
public static class ThemaCatalog
{
    /// <summary>All themes, "Anders" last as the way out.</summary>
    public static IReadOnlyList<Thema> All { get; } = Enum.GetValues<Thema>();

    /// <summary>The DomainTexts key of the theme's name.</summary>
    public static string TextKey(Thema thema) => thema switch
    {
        Thema.Groen => nameof(DomainTexts.Thema_Groen),
        Thema.SpelenEnBewegen => nameof(DomainTexts.Thema_SpelenEnBewegen),
        Thema.Ontmoeting => nameof(DomainTexts.Thema_Ontmoeting),
        Thema.VeiligheidEnOverlast => nameof(DomainTexts.Thema_VeiligheidEnOverlast),
        Thema.Jongeren => nameof(DomainTexts.Thema_Jongeren),
        Thema.VerkeerEnMobiliteit => nameof(DomainTexts.Thema_VerkeerEnMobiliteit),
        Thema.Communicatie => nameof(DomainTexts.Thema_Communicatie),
        Thema.ZorgEnWelzijn => nameof(DomainTexts.Thema_ZorgEnWelzijn),
        Thema.Anders => nameof(DomainTexts.Thema_Anders),
        _ => throw new ArgumentOutOfRangeException(nameof(thema), thema, "A thema without a name in DomainTexts.resx; add Thema_<name> there and here."),
    };

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
