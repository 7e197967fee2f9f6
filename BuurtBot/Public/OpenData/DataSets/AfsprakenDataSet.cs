using static BuurtBot.Public.OpenData.OpenDataFieldType;

namespace BuurtBot.Public.OpenData.DataSets;

/// <summary>Every afspraak of the buurtdeals of published initiatieven: what each side promised and how it went.</summary>
public sealed class AfsprakenDataSet(PublishedInitiatieven published) : IOpenDataSet
{
    public string Name => "afspraken";

    public string Title => "Afspraken in buurtdeals";

    public string Description => "Eén rij per afspraak in de buurtdeal van een openbaar initiatief: wat de bewoners en wat de gemeente beloven, en hoe het ermee staat.";

    public bool HasGeometry => false;

    public int Order => 30;

    public IReadOnlyList<OpenDataField> Fields { get; } =
    [
        new("initiatief_id", Id, "Het initiatief (zie dataset initiatieven)."),
        new("afspraak_id", Id, "Vaste code van de afspraak."),
        new("kant", Code, "Bewoners of Gemeente: wie de afspraak nakomt."),
        new("omschrijving", Tekst, "Wat er is afgesproken."),
        new("bedrag_euro", Decimaal, "Bedrag in euro als de afspraak over geld gaat, anders leeg."),
        new("uiterlijk", Datum, "Wanneer het klaar moet zijn, als dat is afgesproken."),
        new("status", Code, "Open, Bezig, Gedaan of NietGelukt."),
        new("buurtdeal_status", Code, "voorgesteld: nog niet door beide kanten aangenomen; gesloten: beide kanten zijn akkoord."),
    ];

    public async Task<IReadOnlyList<OpenDataRow>> RowsAsync(CancellationToken cancellationToken) =>
        (await published.AllAsync(cancellationToken))
            .Where(i => i.Deal is not null)
            .SelectMany(i => i.Deal!.Afspraken
                .OrderBy(a => a.Side).ThenBy(a => a.Id)
                .Select(a => new OpenDataRow(
                [
                    i.Id, a.Id, a.Side, a.Description, a.AmountInEuros, a.DueDate, a.Status,
                    i.Deal.IsClosed ? "gesloten" : "voorgesteld",
                ])))
            .ToList();
}
