using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;

namespace BuurtBot.Tests.Testing;

/// <summary>
/// The programme's own example buurtdeals (from its 2017-2018 presentation), as test data:
/// realistic initiatieven in three stages (gesprek, deal gesloten, in uitvoering) for the storage and data-transfer tests.
/// Amounts are left out: the presentation gives none, and made-up figures would mislead.
/// </summary>
public static class DemoData
{
    public const string ResidentId = "demo-bewoner";
    public const string CoordinatorId = "demo-buurtcoordinator";

    public static IReadOnlyList<DemoInitiatief> Examples { get; } =
    [
        new(
            "Bewonerstuin Stroeslaan",
            "Een bewonerstuin met een bank aan de Stroeslaan.",
            Thema.Groen,
            "Noordoost",
            null,
            "Stroeslaan",
            "Een groene plek waar buren elkaar ontmoeten.",
            15,
            [
                new(DealSide.Bewoners, "Wij zorgen voor draagvlak bij de buren."),
                new(DealSide.Bewoners, "Wij zorgen voor het onderhoud van de tuin."),
                new(DealSide.Bewoners, "Wij ruimen het zwerfafval op."),
                new(DealSide.Gemeente, "De gemeente betaalt de bank."),
                new(DealSide.Gemeente, "De gemeente plaatst de bank."),
            ],
            InitiatiefStatus.InUitvoering),
        new(
            "Speelplek Havenstraat",
            "Een trapveldje met goals in de Havenstraatbuurt.",
            Thema.SpelenEnBewegen,
            "Centrum",
            "Havenstraatbuurt",
            "Havenstraat",
            "Kinderen in de buurt kunnen dichtbij huis buiten spelen.",
            25,
            [
                new(DealSide.Bewoners, "Wij onderzoeken of er draagvlak is in de buurt."),
                new(DealSide.Bewoners, "Wij maken een voorstel voor de inrichting van het trapveldje."),
                new(DealSide.Bewoners, "Wij vragen een offerte op voor de uitvoering."),
                new(DealSide.Gemeente, "De gemeente betaalt het veldje met goals."),
                new(DealSide.Gemeente, "De gemeente laat de grond onderzoeken."),
                new(DealSide.Gemeente, "De gemeente legt het veldje aan."),
            ],
            InitiatiefStatus.DealGesloten),
        new(
            "Speelplek Calvijnhof",
            "De speelplek aan het Calvijnhof moderniseren.",
            Thema.SpelenEnBewegen,
            "Zuidwest",
            null,
            "Calvijnhof",
            "Een speelplek die weer uitnodigt om te spelen.",
            10,
            [
                new(DealSide.Bewoners, "Wij maken een schetsontwerp op basis van een uitvraag onder bewoners."),
                new(DealSide.Bewoners, "Wij houden toezicht en doen het onderhoud."),
                new(DealSide.Gemeente, "De gemeente investeert in het moderniseren van de speelplek."),
            ],
            InitiatiefStatus.Gesprek),
    ];

    /// <summary>
    /// Builds the examples through the real domain methods, so their timelines and deals are
    /// what the app would have produced. Each step is a day after the previous, from <paramref name="start"/> (UTC).
    /// </summary>
    public static IReadOnlyList<Initiatief> Build(AreaCatalog areas, DateTime start)
    {
        ArgumentNullException.ThrowIfNull(areas);
        return [.. Examples.Select(example => Build(example, areas, start))];
    }

    private static Initiatief Build(DemoInitiatief example, AreaCatalog areas, DateTime start)
    {
        var wijk = areas.FindWijk(example.WijkName)
            ?? throw new InvalidOperationException($"Demo data needs wijk '{example.WijkName}', which the area file does not have.");
        var buurt = example.BuurtName is null ? null : areas.FindBuurt(example.BuurtName)?.Buurt;
        var resident = Actor.Resident(ResidentId);
        var coordinator = Actor.Coordinator(CoordinatorId);
        var now = start;

        var initiatief = Initiatief.Submit(
            new InitiatiefDraft(example.Title, example.Description, example.Thema, wijk, buurt,
                InitiatiefLocation.AtStreet(example.Street), example.Doel, example.NeighboursInSupport),
            ResidentId,
            now);
        initiatief.StartReview(coordinator, now = now.AddDays(1));
        var deal = initiatief.ProposeDeal(example.Afspraken, coordinator, now = now.AddDays(1));
        if (example.ReachedStatus == InitiatiefStatus.Gesprek)
        {
            return initiatief;
        }

        initiatief.AcceptDeal(DealSide.Bewoners, deal.Version, resident, now = now.AddDays(1));
        initiatief.AcceptDeal(DealSide.Gemeente, deal.Version, coordinator, now = now.AddDays(1));
        if (example.ReachedStatus == InitiatiefStatus.InUitvoering)
        {
            initiatief.StartUitvoering(coordinator, now.AddDays(1));
        }

        return initiatief;
    }
}
