using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Public.Kaart;
using static BuurtBot.Public.OpenData.OpenDataFieldType;

namespace BuurtBot.Public.OpenData.DataSets;

/// <summary>
/// The published initiatieven. Who is behind one is never in it, nor the street a resident typed;
/// a point shared from a phone is rounded to about 100 m, so it shows the spot, not a front door.
/// </summary>
public sealed class InitiatievenDataSet(PublishedInitiatieven published, AreaCatalog areas) : IOpenDataSet
{
    /// <summary>Three decimals of a degree: about 110 m north–south, 70 m east–west here.</summary>
    public const int CoordinateDecimals = 3;

    public string Name => "initiatieven";

    public string Title => "Initiatieven";

    public string Description => "Eén rij per initiatief dat de initiatiefnemer openbaar heeft gemaakt. Zonder namen of contactgegevens.";

    public bool HasGeometry => true;

    public int Order => 10;

    public IReadOnlyList<OpenDataField> Fields { get; } =
    [
        new("id", Id, "Vaste code van het initiatief."),
        new("titel", Tekst, "De titel die de initiatiefnemer koos."),
        new("beschrijving", Tekst, "Wat het plan is, in de woorden van de initiatiefnemer."),
        new("doel", Tekst, "Wat het initiatief moet opleveren."),
        new("thema", Code, "Groen, SpelenEnBewegen, Ontmoeting, VeiligheidEnOverlast, Jongeren, VerkeerEnMobiliteit, Communicatie, ZorgEnWelzijn of Anders."),
        new("status", Code, "Ingediend, InBehandeling, Gesprek, DealGesloten, InUitvoering, Evaluatie, Afgerond, Afgewezen of Ingetrokken."),
        new("wijk", Tekst, "Naam van de wijk."),
        new("wijk_code", Code, "CBS-wijkcode (WK…), leeg zolang die niet gecontroleerd is."),
        new("buurt", Tekst, "Naam van de buurt, leeg als die niet bekend is."),
        new("breedtegraad", Decimaal, "Breedtegraad (WGS 84), afgerond op 3 decimalen; of het midden van de wijk."),
        new("lengtegraad", Decimaal, "Lengtegraad (WGS 84), afgerond op 3 decimalen; of het midden van de wijk."),
        new("locatie_precisie", Code, "ongeveer-100m: een gedeelde plek, afgerond; wijkcentrum: alleen de wijk is bekend, de plek is het midden van de wijk; onbekend: geen plek."),
        new("ingediend_op", DatumTijd, "Wanneer het initiatief is ingediend (UTC)."),
        new("openbaar_sinds", DatumTijd, "Wanneer de initiatiefnemer het openbaar maakte (UTC)."),
        new("steunbetuigingen", Geheel, "Hoeveel buurtbewoners het steunen (elke bewoner telt één keer)."),
    ];

    public async Task<IReadOnlyList<OpenDataRow>> RowsAsync(CancellationToken cancellationToken)
    {
        var initiatieven = await published.AllAsync(cancellationToken);
        var supporters = await published.SupportersAsync(cancellationToken);
        return initiatieven.Select(i =>
        {
            var (lat, lon, approximate) = KaartMarkers.Position(i, areas);
            double? Round(double? degrees) => degrees is { } d ? Math.Round(d, CoordinateDecimals) : null;
            var precision = lat is null ? "onbekend" : approximate ? "wijkcentrum" : "ongeveer-100m";
            var point = lat is { } la && lon is { } lo ? new OpenDataPoint(Round(la)!.Value, Round(lo)!.Value) : null;
            return new OpenDataRow(
            [
                i.Id, i.Title, i.Description, i.Doel, i.Thema, i.Status, i.WijkName, areas.FindWijk(i.WijkName)?.Code, i.BuurtName,
                Round(lat), Round(lon), precision, i.CreatedAt, i.PublishedAt, supporters.GetValueOrDefault(i.Id),
            ], point);
        }).ToList();
    }
}
