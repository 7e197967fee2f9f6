namespace BuurtBot.Inzicht.Onbegrepen;

/// <summary>
/// Where in the conversation an answer was missed, in words a beheerder reads, and for the questions whose
/// buttons do not depend on the resident's own answers the family of the understanding corpus
/// (<c>BuurtBot.Tests/Dialogs/Understanding</c>) a proposal goes into. Only those questions take a proposal:
/// the developers can test it against the very same buttons.
/// </summary>
public static class OnbegrepenPlaces
{
    /// <summary>The buurt question's family: its buttons are one wijk's buurten, so a proposal names that wijk.</summary>
    public const string BuurtFamily = "intake: buurt";

    private static readonly Dictionary<string, (string Label, string? Family)> Known = new(StringComparer.Ordinal)
    {
        ["consent.answer"] = ("De vraag om toestemming", "privacy"),
        ["main.menu"] = ("Het menu", "menu"),
        ["intake/wijk"] = ("Nieuw initiatief: de wijk", "intake: wijk"),
        ["intake/buurt"] = ("Nieuw initiatief: de buurt", BuurtFamily),
        ["intake/thema"] = ("Nieuw initiatief: het thema", "intake: thema"),
        ["intake/title"] = ("Nieuw initiatief: de titel", null),
        ["intake/description"] = ("Nieuw initiatief: de beschrijving", null),
        ["intake/doel"] = ("Nieuw initiatief: het doel", null),
        ["intake/neighbours"] = ("Nieuw initiatief: hoeveel buren meedoen", null),
        ["intake/location"] = ("Nieuw initiatief: de plek", null),
        ["intake/afspraken"] = ("Nieuw initiatief: de afspraken", null),
        ["intake/samenvatting"] = ("Nieuw initiatief: de samenvatting", null),
        ["deal-review/antwoord"] = ("De buurtdeal: akkoord of niet", "deal review"),
        ["deal-review/wijziging"] = ("De buurtdeal: wat moet anders", null),
        ["checkin.progress"] = ("Check-in: hoe gaat het", "check-in"),
        ["wederkerigheid.pick"] = ("Wederkerigheid: wat doe je zelf", null),
        ["peiling.prompt"] = ("Een peiling", null),
    };

    /// <summary>The place in words; an unknown one as its code.</summary>
    public static string Label(string where) => Known.TryGetValue(where, out var known) ? known.Label : where;

    /// <summary>The corpus family a proposal for this place goes into; null when a proposal cannot be tested.</summary>
    public static string? Family(string where) => Known.TryGetValue(where, out var known) ? known.Family : null;

    /// <summary>Every family a proposal may have, for the corpus test to check it knows each one.</summary>
    public static IReadOnlyCollection<string> Families { get; } = [.. Known.Values.Select(k => k.Family).OfType<string>().Distinct()];
}
