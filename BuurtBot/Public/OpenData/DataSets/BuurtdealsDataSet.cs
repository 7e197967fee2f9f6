using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Public.Buurtmonitor;
using static BuurtBot.Public.OpenData.OpenDataFieldType;

namespace BuurtBot.Public.OpenData.DataSets;

/// <summary>Per buurtdeal: how well each side kept its word.</summary>
public sealed class BuurtdealsDataSet(PublishedInitiatieven published) : IOpenDataSet
{
    public string Name => "buurtdeals";

    public string Title => "Buurtdeals: hoe goed beide kanten hun afspraken nakomen";

    public string Description => "Eén rij per buurtdeal van een openbaar initiatief, met per kant hoeveel afspraken er zijn, hoeveel gedaan en hoeveel niet gelukt.";

    public bool HasGeometry => false;

    public int Order => 20;

    public IReadOnlyList<OpenDataField> Fields { get; } =
    [
        new("initiatief_id", Id, "Het initiatief (zie dataset initiatieven)."),
        new("wijk", Tekst, "Naam van de wijk."),
        new("voorgesteld_op", DatumTijd, "Wanneer de buurtdeal werd voorgesteld (UTC)."),
        new("gesloten_op", DatumTijd, "Wanneer beide kanten akkoord waren (UTC); leeg als dat nog niet zo is."),
        .. SideFields("bewoners"),
        .. SideFields("gemeente"),
    ];

    public async Task<IReadOnlyList<OpenDataRow>> RowsAsync(CancellationToken cancellationToken) =>
        (await published.AllAsync(cancellationToken))
            .Where(i => i.Deal is not null)
            .Select(i =>
            {
                var bewoners = BuurtmonitorStatistics.Tally(i, DealSide.Bewoners);
                var gemeente = BuurtmonitorStatistics.Tally(i, DealSide.Gemeente);
                return new OpenDataRow(
                [
                    i.Id, i.WijkName, i.Deal!.ProposedAt, i.Deal.ClosedAt,
                    .. SideValues(bewoners), .. SideValues(gemeente),
                ]);
            })
            .ToList();

    internal static IEnumerable<OpenDataField> SideFields(string side) =>
    [
        new($"{side}_afspraken", Geheel, $"Aantal afspraken van de {side}."),
        new($"{side}_gedaan", Geheel, $"Afspraken van de {side} die gedaan zijn."),
        new($"{side}_niet_gelukt", Geheel, $"Afspraken van de {side} die niet gelukt zijn."),
        new($"{side}_nagekomen_pct", Decimaal, $"Gedaan als percentage van de afspraken van de {side} die gedaan of niet gelukt zijn; leeg zolang geen afspraak klaar is."),
    ];

    internal static IEnumerable<object?> SideValues(AfspraakTally tally) => [tally.Total, tally.Gedaan, tally.NietGelukt, tally.KeptPercent];
}
