using BuurtBot.Public.Buurtmonitor;
using static BuurtBot.Public.OpenData.OpenDataFieldType;

namespace BuurtBot.Public.OpenData.DataSets;

/// <summary>Support over time: how many neighbours supported the published initiatieven of a wijk, per month.</summary>
public sealed class SteunPerMaandDataSet(BuurtmonitorStatistics statistics) : IOpenDataSet
{
    public string Name => "steun-per-maand";

    public string Title => "Steun per wijk per maand";

    public string Description => "Eén rij per wijk en maand waarin buurtbewoners openbare initiatieven steunden. Maanden zonder steun staan er niet in.";

    public bool HasGeometry => false;

    public int Order => 50;

    public IReadOnlyList<OpenDataField> Fields { get; } =
    [
        new("wijk", Tekst, "Naam van de wijk."),
        new("maand", Maand, "Kalendermaand (UTC), bijvoorbeeld 2026-03."),
        new("steunbetuigingen", Geheel, "Nieuwe steun in die maand."),
    ];

    public async Task<IReadOnlyList<OpenDataRow>> RowsAsync(CancellationToken cancellationToken) =>
        (await statistics.PerWijkAsync(cancellationToken))
            .SelectMany(w => w.SupportByMonth.Select(m => new OpenDataRow([w.Wijk, m.Month, m.Count])))
            .ToList();
}
