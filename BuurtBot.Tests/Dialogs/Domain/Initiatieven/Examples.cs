using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;

namespace BuurtBot.Tests.Dialogs.Domain.Initiatieven;

/// <summary>Ready-made initiatieven in any status, reached through the real methods.</summary>
internal static class Examples
{
    public const string ResidentId = "resident-1";
    public static readonly Actor Resident = Actor.Resident(ResidentId);
    public static readonly Actor Coordinator = Actor.Coordinator("coordinator-oost");
    public static readonly DateTime Start = new(2025, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    private static readonly AreaCatalog Areas = AreaCatalogLoader.FromEmbeddedDefault();

    public static InitiatiefDraft Draft(string title = "Bankje bij de speeltuin") => new(
        title,
        "Een bank bij de speeltuin, zodat ouders kunnen zitten.",
        Thema.Ontmoeting,
        Areas.FindWijk("Oost")!,
        Areas.FindBuurt("Villa Industria")!.Buurt,
        InitiatiefLocation.AtStreet("Lorentzweg"),
        "Buren ontmoeten elkaar bij de speeltuin.",
        12);

    public static Initiatief Submitted() => Initiatief.Submit(Draft(), ResidentId, Start);

    public static AfspraakDraft[] BothSides() =>
    [
        new(DealSide.Bewoners, "Wij zorgen voor onderhoud."),
        new(DealSide.Gemeente, "De gemeente plaatst de bank.", 850m),
    ];

    /// <summary>An initiatief walked along the main line (or turned aside) until it has <paramref name="status"/>.</summary>
    public static Initiatief In(InitiatiefStatus status)
    {
        var initiatief = Submitted();
        var now = Start;
        DateTime Later() => now = now.AddDays(1);

        if (status == InitiatiefStatus.Ingediend)
        {
            return initiatief;
        }

        if (status == InitiatiefStatus.Afgewezen)
        {
            initiatief.Reject(Coordinator, "Dit is geen openbare ruimte.", Later());
            return initiatief;
        }

        if (status == InitiatiefStatus.Ingetrokken)
        {
            initiatief.Withdraw(Resident, Later());
            return initiatief;
        }

        initiatief.StartReview(Coordinator, Later());
        if (status == InitiatiefStatus.InBehandeling)
        {
            return initiatief;
        }

        var deal = initiatief.ProposeDeal(BothSides(), Coordinator, Later());
        if (status == InitiatiefStatus.Gesprek)
        {
            return initiatief;
        }

        initiatief.AcceptDeal(DealSide.Bewoners, deal.Version, Resident, Later());
        initiatief.AcceptDeal(DealSide.Gemeente, deal.Version, Coordinator, Later());
        if (status == InitiatiefStatus.DealGesloten)
        {
            return initiatief;
        }

        initiatief.StartUitvoering(Coordinator, Later());
        if (status == InitiatiefStatus.InUitvoering)
        {
            return initiatief;
        }

        initiatief.StartEvaluatie(Actor.System, Later());
        if (status == InitiatiefStatus.Evaluatie)
        {
            return initiatief;
        }

        initiatief.Complete(Coordinator, Later());
        return initiatief;
    }
}
