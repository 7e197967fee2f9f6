using BuurtBot.Wijkjaar;
using static BuurtBot.Public.OpenData.OpenDataFieldType;

namespace BuurtBot.Public.OpenData.DataSets;

/// <summary>
/// The published buurtactiviteitenplannen: per wijk, year and theme of the wijkagenda, its doelstelling
/// and the published initiatieven in it with their progress. Initiatieven their initiatiefnemer did
/// not publish are not in it (the wijk's page counts them); titles are the coordinator-reviewed ones.
/// </summary>
public sealed class BuurtactiviteitenplanDataSet(Buurtactiviteitenplannen plannen) : IOpenDataSet
{
    public string Name => "buurtactiviteitenplannen";

    public string Title => "Buurtactiviteitenplannen: wat de wijken per jaar samen doen";

    public string Description => "Eén rij per initiatief in het gepubliceerde buurtactiviteitenplan van een wijk: het jaar, het thema en de doelstelling uit de wijkagenda, en hoe ver het initiatief is.";

    public bool HasGeometry => false;

    public int Order => 75;

    public IReadOnlyList<OpenDataField> Fields { get; } =
    [
        new("wijk", Tekst, "Naam van de wijk."),
        new("jaar", Geheel, "Het jaar waarvoor het plan is."),
        new("thema", Code, "Het thema van de wijkagenda: Groen, SpelenEnBewegen, Ontmoeting, VeiligheidEnOverlast, Jongeren, VerkeerEnMobiliteit, Communicatie, ZorgEnWelzijn of Anders."),
        new("doelstelling", Tekst, "De doelstelling van de wijk voor dat thema, zoals het wijkteam hem schreef."),
        new("initiatief_id", Id, "Het initiatief (zelfde id als in de dataset initiatieven)."),
        new("titel", Tekst, "De openbare titel van het initiatief."),
        new("status", Code, "Waar het initiatief staat (Ingediend, InBehandeling, Gesprek, DealGesloten, InUitvoering, Evaluatie, Afgerond)."),
        new("buurtdeal", JaNee, "Of er een gesloten buurtdeal is."),
        new("afspraken_gedaan", Geheel, "Hoeveel afspraken van de buurtdeal gedaan zijn."),
        new("afspraken", Geheel, "Hoeveel afspraken de buurtdeal heeft."),
    ];

    public async Task<IReadOnlyList<OpenDataRow>> RowsAsync(CancellationToken cancellationToken) =>
        (await plannen.AllPublicAsync(cancellationToken))
            .SelectMany(p => p.Themas.SelectMany(t => t.Initiatieven.Select(i => new OpenDataRow(
                [p.Wijk, p.Year, t.Thema, t.Doelstelling ?? "", i.Id, i.Title, i.Status, i.HasDeal, i.AfsprakenGedaan, i.Afspraken]))))
            .ToList();
}
