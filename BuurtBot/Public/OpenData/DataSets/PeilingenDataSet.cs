using BuurtBot.Peilingen;
using static BuurtBot.Public.OpenData.OpenDataFieldType;

namespace BuurtBot.Public.OpenData.DataSets;

/// <summary>
/// Closed peilingen, one row per answer option. Question and options are the coordinator's words;
/// no resident is in it. A peiling about an initiatief that is not public is left out whole: its
/// question could name that initiatief.
/// </summary>
public sealed class PeilingenDataSet(PeilingResults results, PublishedInitiatieven published) : IOpenDataSet
{
    public string Name => "peilingen";

    public string Title => "Uitslagen van buurtpeilingen";

    public string Description => "Eén rij per antwoordmogelijkheid van een gesloten peiling: hoeveel bewoners die kozen. Peilingen die nog lopen staan er niet in.";

    public bool HasGeometry => false;

    public int Order => 60;

    public IReadOnlyList<OpenDataField> Fields { get; } =
    [
        new("peiling_id", Id, "Vaste code van de peiling; rijen met dezelfde code horen bij één peiling."),
        new("soort", Code, "Keuze: een vraag met eigen antwoorden; Steun: steun voor een initiatief (Ja of Nee)."),
        new("vraag", Tekst, "De vraag zoals de buurtcoördinator die stelde."),
        new("doelgroep", Code, "Buurt, Wijk of Supporters (de bewoners die het initiatief steunen)."),
        new("wijk", Tekst, "Naam van de wijk."),
        new("buurt", Tekst, "Naam van de buurt, leeg als de hele wijk gevraagd werd."),
        new("initiatief_id", Id, "Het initiatief waar de peiling over ging (zie dataset initiatieven), of leeg."),
        new("geopend_op", DatumTijd, "Wanneer de peiling begon (UTC)."),
        new("gesloten_op", DatumTijd, "Wanneer de peiling sloot (UTC)."),
        new("deelnemers", Geheel, "Hoeveel bewoners een antwoord gaven (elke bewoner telt één keer)."),
        new("antwoord", Tekst, "De antwoordmogelijkheid."),
        new("volgorde", Geheel, "Plaats van het antwoord in de vraag, vanaf 1."),
        new("aantal", Geheel, "Hoeveel bewoners dit antwoord kozen."),
        new("percentage", Geheel, "Aandeel van de deelnemers, in hele procenten."),
        new("draagvlak", JaNee, "Alleen bij Steun: of de drempel voor draagvlak gehaald is; anders leeg."),
    ];

    public async Task<IReadOnlyList<OpenDataRow>> RowsAsync(CancellationToken cancellationToken)
    {
        var publicIds = (await published.AllAsync(cancellationToken)).Select(i => i.Id).ToHashSet();
        return (await results.ClosedAsync(cancellationToken))
            .Where(p => p.InitiatiefId is not { } id || publicIds.Contains(id))
            .SelectMany(p => p.Options.Select((option, index) => new OpenDataRow(
            [
                p.PeilingId, p.Kind, p.Question, p.Target, p.Wijk, p.Buurt, p.InitiatiefId, p.OpenedUtc, p.ClosedUtc,
                p.Participants, option.Option, index + 1, option.Count, option.Percentage, p.Draagvlak,
            ])))
            .ToList();
    }
}
