using BuurtBot.Wijkagenda;
using static BuurtBot.Public.OpenData.OpenDataFieldType;

namespace BuurtBot.Public.OpenData.DataSets;

/// <summary>
/// What residents find important in their wijk: per wijk, year and thema how many named it. The
/// sentence each resident typed stays on the admin page; only the counts are public.
/// </summary>
public sealed class WijkagendaDataSet(WijkagendaSummary summary) : IOpenDataSet
{
    public string Name => "wijkagenda";

    public string Title => "Wijkagenda: wat bewoners belangrijk vinden";

    public string Description => "Eén rij per wijk, jaar en thema: hoeveel bewoners dat thema noemden op de vraag 'Wat vind jij belangrijk in je buurt?'. Zonder de zinnen die zij typten.";

    public bool HasGeometry => false;

    public int Order => 70;

    public IReadOnlyList<OpenDataField> Fields { get; } =
    [
        new("wijk", Tekst, "Naam van de wijk."),
        new("jaar", Geheel, "Het jaar van de antwoorden; elke bewoner telt één keer per jaar."),
        new("bewoners", Geheel, "Hoeveel bewoners van de wijk dat jaar antwoord gaven."),
        new("thema", Code, "Groen, SpelenEnBewegen, Ontmoeting, VeiligheidEnOverlast, Jongeren, VerkeerEnMobiliteit, Communicatie, ZorgEnWelzijn of Anders."),
        new("plaats", Geheel, "Plaats van het thema in de wijk dat jaar (1 = het vaakst genoemd; gelijke aantallen delen een plaats)."),
        new("genoemd_door", Geheel, "Hoeveel bewoners het thema noemden (iedere bewoner noemt er hoogstens drie)."),
    ];

    public async Task<IReadOnlyList<OpenDataRow>> RowsAsync(CancellationToken cancellationToken) =>
        (await summary.AllYearsAsync(cancellationToken))
            .SelectMany(w => w.Themas.Select(t => new OpenDataRow([w.Wijk, w.Year, w.Residents, t.Thema, t.Rank, t.Residents])))
            .ToList();
}
