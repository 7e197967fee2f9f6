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

    /// <summary>
    /// The words residents use for what a theme is about ("speeltuin", "bankje", "bomen",
    /// "hondenpoep", "verkeer"), Dutch and English. A word belongs to one theme only, so it never
    /// makes the choice ambiguous; "Anders" has the words for not knowing.
    /// </summary>
    public static IReadOnlyList<string> Keywords(Thema thema) => thema switch
    {
        Thema.Groen =>
        [
            "boom", "bomen", "groen", "bloem", "plant", "tuin", "geveltuin", "moestuin", "park", "gras", "struik", "heg", "natuur", "boomspiegel",
            "tegels eruit", "vergroenen", "bijen", "vlinder", "insect", "trees", "flower", "garden", "green", "nature",
        ],
        Thema.SpelenEnBewegen =>
        [
            "speeltuin", "speelplek", "speelplaats", "speeltoestel", "schommel", "glijbaan", "zandbak", "spelen", "sport", "voetbal", "basketbal",
            "trapveld", "skate", "bewegen", "fitness", "wandel", "jeu de boules", "pannakooi", "playground", "play", "football", "exercise",
        ],
        Thema.Ontmoeting =>
        [
            "bankje", "bank", "bankjes", "buurtfeest", "straatfeest", "feest", "barbecue", "bbq", "koffie", "ontmoet", "samenkomen", "buurthuis",
            "picknick", "buurtkamer", "buren leren kennen", "samen eten", "bench", "party", "meet", "coffee",
        ],
        Thema.VeiligheidEnOverlast =>
        [
            "hondenpoep", "poep", "overlast", "afval", "zwerfafval", "vuil", "rommel", "lawaai", "geluid", "veilig", "onveilig", "verlichting",
            "lantaarn", "inbraak", "graffiti", "vandalisme", "ratten", "dog poo", "litter", "rubbish", "noise", "safety", "unsafe", "lighting",
        ],
        Thema.Jongeren => ["jongeren", "jeugd", "tiener", "pubers", "hangplek", "jongerencentrum", "youth", "teenagers", "young people"],
        Thema.VerkeerEnMobiliteit =>
        [
            "verkeer", "drempel", "hard rijden", "te hard", "snelheid", "parkeren", "parkeerplaats", "parkeer", "fiets", "stoep", "oversteek", "zebrapad",
            "kruispunt", "auto", "bus", "laadpaal", "deelauto", "traffic", "parking", "bike", "bicycle", "speeding", "crossing",
        ],
        Thema.Communicatie => ["communicatie", "buurtapp", "whatsapp", "nieuwsbrief", "informatie", "website", "prikbord", "newsletter", "information"],
        Thema.ZorgEnWelzijn =>
        [
            "zorg", "welzijn", "ouderen", "eenzaam", "eenzaamheid", "mantelzorg", "gezondheid", "hulp bij", "boodschappen doen", "elderly",
            "lonely", "care", "health", "wellbeing",
        ],
        Thema.Anders => ["anders", "iets anders", "weet ik niet", "weet niet", "geen idee", "overig", "other", "something else", "don't know"],
        _ => [],
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
