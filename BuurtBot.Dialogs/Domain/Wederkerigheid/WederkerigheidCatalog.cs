using BuurtBot.Dialogs.Domain.Buurtdeals;
using static BuurtBot.Dialogs.Domain.Thema;

namespace BuurtBot.Dialogs.Domain.Wederkerigheid;

/// <summary>
/// What bewoners and gemeente typically commit to, taken from the programme's buurtdeals
/// (Stroeslaan, Speelplek Havenstraat, Speelplek Calvijnhof), and which themes each suits.
/// </summary>
public static class WederkerigheidCatalog
{
    private static readonly Thema[] Every = Enum.GetValues<Thema>();

    public static IReadOnlyList<CommitmentSuggestion> All { get; } =
    [
        // Bewoners. Draagvlak comes first for every theme: no buurtdeal without the neighbours.
        Bewoners("DraagvlakOnderzoeken", nameof(DomainTexts.Suggestion_DraagvlakOnderzoeken), Every),
        Bewoners("Onderhoud", nameof(DomainTexts.Suggestion_Onderhoud), Groen, SpelenEnBewegen, Ontmoeting),
        Bewoners("ZwerfafvalOpruimen", nameof(DomainTexts.Suggestion_ZwerfafvalOpruimen), Groen, Ontmoeting, VeiligheidEnOverlast),
        Bewoners("Toezicht", nameof(DomainTexts.Suggestion_Toezicht), SpelenEnBewegen, Ontmoeting, VeiligheidEnOverlast, Jongeren),
        Bewoners("VoorstelInrichting", nameof(DomainTexts.Suggestion_VoorstelInrichting), Groen, SpelenEnBewegen, Ontmoeting, Jongeren, VerkeerEnMobiliteit),
        Bewoners("Offerte", nameof(DomainTexts.Suggestion_Offerte), SpelenEnBewegen, Ontmoeting, Jongeren),

        // Gemeente.
        Gemeente("Financiering", nameof(DomainTexts.Suggestion_Financiering), Groen, SpelenEnBewegen, Ontmoeting, Jongeren, Communicatie, ZorgEnWelzijn, Anders),
        Gemeente("Plaatsing", nameof(DomainTexts.Suggestion_Plaatsing), Groen, SpelenEnBewegen, Ontmoeting, Jongeren),
        Gemeente("Aanleg", nameof(DomainTexts.Suggestion_Aanleg), Groen, SpelenEnBewegen, VerkeerEnMobiliteit),
        Gemeente("Bodemonderzoek", nameof(DomainTexts.Suggestion_Bodemonderzoek), Groen, SpelenEnBewegen),
        Gemeente("Vergunning", nameof(DomainTexts.Suggestion_Vergunning), Ontmoeting, Jongeren, VeiligheidEnOverlast),
        Gemeente("Advies", nameof(DomainTexts.Suggestion_Advies), Every),
    ];

    /// <summary>The suggestions for one side that suit the theme, in catalogue order.</summary>
    public static IReadOnlyList<CommitmentSuggestion> For(Thema thema, DealSide side) =>
        [.. All.Where(s => s.Side == side && s.Suits(thema))];

    public static CommitmentSuggestion? Find(string key) =>
        All.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase));

    private static CommitmentSuggestion Bewoners(string key, string textKey, params Thema[] themas) => new(key, textKey, DealSide.Bewoners, themas.ToHashSet());

    private static CommitmentSuggestion Gemeente(string key, string textKey, params Thema[] themas) => new(key, textKey, DealSide.Gemeente, themas.ToHashSet());
}
