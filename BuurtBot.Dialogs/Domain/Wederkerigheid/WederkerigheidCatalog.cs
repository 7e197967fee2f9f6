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
        Bewoners("DraagvlakOnderzoeken", Every),
        Bewoners("Onderhoud", Groen, SpelenEnBewegen, Ontmoeting),
        Bewoners("ZwerfafvalOpruimen", Groen, Ontmoeting, VeiligheidEnOverlast),
        Bewoners("Toezicht", SpelenEnBewegen, Ontmoeting, VeiligheidEnOverlast, Jongeren),
        Bewoners("VoorstelInrichting", Groen, SpelenEnBewegen, Ontmoeting, Jongeren, VerkeerEnMobiliteit),
        Bewoners("Offerte", SpelenEnBewegen, Ontmoeting, Jongeren),

        // Gemeente.
        Gemeente("Financiering", Groen, SpelenEnBewegen, Ontmoeting, Jongeren, Communicatie, ZorgEnWelzijn, Anders),
        Gemeente("Plaatsing", Groen, SpelenEnBewegen, Ontmoeting, Jongeren),
        Gemeente("Aanleg", Groen, SpelenEnBewegen, VerkeerEnMobiliteit),
        Gemeente("Bodemonderzoek", Groen, SpelenEnBewegen),
        Gemeente("Vergunning", Ontmoeting, Jongeren, VeiligheidEnOverlast),
        Gemeente("Advies", Every),
    ];

    /// <summary>The suggestions for one side that suit the theme, in catalogue order.</summary>
    public static IReadOnlyList<CommitmentSuggestion> For(Thema thema, DealSide side) =>
        [.. All.Where(s => s.Side == side && s.Suits(thema))];

    public static CommitmentSuggestion? Find(string key) =>
        All.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase));

    private static CommitmentSuggestion Bewoners(string key, params Thema[] themas) => new(key, DealSide.Bewoners, themas.ToHashSet());

    private static CommitmentSuggestion Gemeente(string key, params Thema[] themas) => new(key, DealSide.Gemeente, themas.ToHashSet());
}
