using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Public.Buurtmonitor;
using static BuurtBot.Public.OpenData.OpenDataFieldType;

namespace BuurtBot.Public.OpenData.DataSets;

/// <summary>The buurtmonitor's figures per wijk: initiatieven, deals, afspraken, check-ins and evaluations, as counts and averages only.</summary>
public sealed class WijkenDataSet(BuurtmonitorStatistics statistics) : IOpenDataSet
{
    public string Name => "wijken";

    public string Title => "Buurtmonitor per wijk";

    public string Description => "Eén rij per wijk met tellingen over de openbare initiatieven: status, buurtdeals, nagekomen afspraken, check-ins en evaluaties. Alleen aantallen en gemiddelden, nooit wat bewoners erbij schreven.";

    public bool HasGeometry => false;

    public int Order => 40;

    public IReadOnlyList<OpenDataField> Fields { get; } =
    [
        new("wijk", Tekst, "Naam van de wijk."),
        new("wijk_code", Code, "CBS-wijkcode (WK…), leeg zolang die niet gecontroleerd is."),
        new("initiatieven", Geheel, "Openbare initiatieven in de wijk."),
        .. Enum.GetValues<InitiatiefStatus>().Select(s => new OpenDataField($"status_{s.ToString().ToLowerInvariant()}", Geheel, $"Openbare initiatieven met status {s}.")),
        new("buurtdeals_voorgesteld", Geheel, "Initiatieven waarvoor een buurtdeal is voorgesteld (gesloten of nog niet)."),
        new("buurtdeals_gesloten", Geheel, "Buurtdeals waar beide kanten akkoord mee zijn."),
        .. BuurtdealsDataSet.SideFields("bewoners"),
        .. BuurtdealsDataSet.SideFields("gemeente"),
        new("checkins_verstuurd", Geheel, "Check-ins die BuurtBot stuurde om te vragen hoe het gaat."),
        new("checkins_beantwoord", Geheel, "Daarvan beantwoord."),
        new("voortgang_loopt_goed", Geheel, "Antwoorden over een afspraak: loopt goed."),
        new("voortgang_loopt_achter", Geheel, "Antwoorden over een afspraak: loopt achter."),
        new("voortgang_hulp_nodig", Geheel, "Antwoorden over een afspraak: hulp nodig."),
        new("evaluaties", Geheel, "Ingevulde evaluaties van afgeronde buurtdeals."),
        new("tevredenheid_gemiddeld", Decimaal, "Gemiddelde tevredenheid in de evaluaties, van 1 (niet tevreden) tot 5 (heel tevreden); leeg zonder evaluaties."),
        new("opnieuw_doen_pct", Decimaal, "Percentage evaluaties waarin de bewoner zegt het opnieuw te willen doen."),
        new("steunbetuigingen", Geheel, "Steun van buurtbewoners voor de openbare initiatieven in de wijk."),
    ];

    public async Task<IReadOnlyList<OpenDataRow>> RowsAsync(CancellationToken cancellationToken) =>
        (await statistics.PerWijkAsync(cancellationToken)).Select(w => new OpenDataRow(
        [
            w.Wijk, w.WijkCode, w.Initiatieven,
            .. Enum.GetValues<InitiatiefStatus>().Select(s => (object?)w.ByStatus[s]),
            w.DealsProposed, w.DealsClosed,
            .. BuurtdealsDataSet.SideValues(w.Bewoners), .. BuurtdealsDataSet.SideValues(w.Gemeente),
            w.CheckInsSent, w.CheckInsAnswered, w.LooptGoed, w.LooptAchter, w.HulpNodig,
            w.Evaluations, w.AverageSatisfaction, w.WouldDoAgainPercent, w.Supporters,
        ])).ToList();
}
