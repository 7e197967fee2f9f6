using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Tests.Dialogs.Domain.Initiatieven;

namespace BuurtBot.Tests.Dialogs.Domain.Buurtdeals;

public sealed class BuurtdealTests
{
    private static readonly DateTime Later = Examples.Start.AddDays(20);

    [Fact]
    public void ProposingADealDuringReviewStartsTheGesprek()
    {
        var initiatief = Examples.In(InitiatiefStatus.InBehandeling);

        var deal = initiatief.ProposeDeal(Examples.BothSides(), Examples.Coordinator, Later);

        Assert.Equal(InitiatiefStatus.Gesprek, initiatief.Status);
        Assert.Equal(1, deal.Version);
        Assert.Equal(2, deal.Afspraken.Count);
        Assert.Equal(InitiatiefStatus.Gesprek, initiatief.Timeline[^1].To);
    }

    [Fact]
    public void ProposingADealBeforeTheWijkteamLookedAtItIsRefused()
    {
        var initiatief = Examples.Submitted();

        Assert.Throws<IllegalTransitionException>(() => initiatief.ProposeDeal(Examples.BothSides(), Examples.Coordinator, Later));
        Assert.Null(initiatief.Deal);
    }

    [Fact]
    public void TheDealClosesWhenBothSidesAcceptTheSameVersion()
    {
        var initiatief = Examples.In(InitiatiefStatus.Gesprek);
        var version = initiatief.Deal!.Version;

        initiatief.AcceptDeal(DealSide.Bewoners, version, Examples.Resident, Later);
        Assert.Equal(InitiatiefStatus.Gesprek, initiatief.Status);
        Assert.False(initiatief.Deal.IsClosed);

        initiatief.AcceptDeal(DealSide.Gemeente, version, Examples.Coordinator, Later.AddHours(1));

        Assert.True(initiatief.Deal.IsClosed);
        Assert.Equal(Later.AddHours(1), initiatief.Deal.ClosedAt);
        Assert.Equal(InitiatiefStatus.DealGesloten, initiatief.Status);
        Assert.Equal(Examples.Coordinator, initiatief.Timeline[^1].Actor);
    }

    [Fact]
    public void ChangingAnAfspraakAfterOneSideAcceptedMeansBothMustAcceptAgain()
    {
        var initiatief = Examples.In(InitiatiefStatus.Gesprek);
        var deal = initiatief.Deal!;
        initiatief.AcceptDeal(DealSide.Bewoners, deal.Version, Examples.Resident, Later);

        var afspraak = deal.AfsprakenOf(DealSide.Gemeente).Single();
        initiatief.ChangeAfspraak(afspraak.Id, "De gemeente plaatst twee banken.", 1700m, null, null, Later.AddHours(1));

        Assert.Equal(2, deal.Version);
        Assert.False(deal.IsAcceptedBy(DealSide.Bewoners));

        initiatief.AcceptDeal(DealSide.Gemeente, 2, Examples.Coordinator, Later.AddHours(2));
        Assert.Equal(InitiatiefStatus.Gesprek, initiatief.Status);

        initiatief.AcceptDeal(DealSide.Bewoners, 2, Examples.Resident, Later.AddHours(3));
        Assert.Equal(InitiatiefStatus.DealGesloten, initiatief.Status);
        Assert.Equal([1, 2, 2], deal.Acceptances.Select(a => a.Version));
    }

    [Fact]
    public void EveryChangeToTheAfsprakenRaisesTheVersion()
    {
        var initiatief = Examples.In(InitiatiefStatus.Gesprek);
        var deal = initiatief.Deal!;

        var added = initiatief.AddAfspraak(new AfspraakDraft(DealSide.Bewoners, "Wij ruimen zwerfafval op."), Later);
        Assert.Equal(2, deal.Version);
        initiatief.ChangeAfspraak(added.Id, "Wij ruimen elke maand zwerfafval op.", null, new DateOnly(2025, 12, 31), null, Later);
        Assert.Equal(3, deal.Version);
        initiatief.RemoveAfspraak(added.Id, Later);
        Assert.Equal(4, deal.Version);
        Assert.Equal(2, deal.Afspraken.Count);
    }

    [Fact]
    public void AcceptingAVersionThatHasSinceChangedIsRefused()
    {
        var initiatief = Examples.In(InitiatiefStatus.Gesprek);
        var shownToResident = initiatief.Deal!.Version;
        initiatief.AddAfspraak(new AfspraakDraft(DealSide.Bewoners, "Wij houden toezicht."), Later);

        var error = Assert.Throws<StaleDealVersionException>(
            () => initiatief.AcceptDeal(DealSide.Bewoners, shownToResident, Examples.Resident, Later));

        Assert.Equal(1, error.AcceptedVersion);
        Assert.Equal(2, error.CurrentVersion);
        Assert.Empty(initiatief.Deal.Acceptances);
    }

    [Fact]
    public void ADealWhereOneSidePromisesNothingCannotBeAccepted()
    {
        var initiatief = Examples.In(InitiatiefStatus.InBehandeling);
        var deal = initiatief.ProposeDeal([new AfspraakDraft(DealSide.Gemeente, "De gemeente betaalt alles.")], Examples.Coordinator, Later);

        var error = Assert.Throws<InvalidOperationException>(
            () => initiatief.AcceptDeal(DealSide.Gemeente, deal.Version, Examples.Coordinator, Later));

        Assert.Contains("no afspraak for Bewoners", error.Message);
    }

    [Fact]
    public void OnlyAnInitiatiefnemerAcceptsForTheBewonersAndOnlyACoordinatorForTheGemeente()
    {
        var initiatief = Examples.In(InitiatiefStatus.Gesprek);
        var version = initiatief.Deal!.Version;

        Assert.Throws<ArgumentException>(() => initiatief.AcceptDeal(DealSide.Bewoners, version, Actor.Resident("stranger"), Later));
        Assert.Throws<ArgumentException>(() => initiatief.AcceptDeal(DealSide.Gemeente, version, Examples.Resident, Later));

        initiatief.AddMedeInitiatiefnemer("neighbour-2", Later);
        initiatief.AcceptDeal(DealSide.Bewoners, version, Actor.Resident("neighbour-2"), Later);
        Assert.True(initiatief.Deal.IsAcceptedBy(DealSide.Bewoners));
    }

    [Fact]
    public void AClosedDealCanNoLongerBeChangedButItsProgressIsTracked()
    {
        var initiatief = Examples.In(InitiatiefStatus.InUitvoering);
        var afspraak = initiatief.Deal!.Afspraken[0];

        Assert.Throws<InvalidOperationException>(() => initiatief.AddAfspraak(new AfspraakDraft(DealSide.Bewoners, "Nog iets."), Later));
        initiatief.UpdateAfspraakProgress(afspraak.Id, AfspraakStatus.Gedaan, Later);

        Assert.Equal(AfspraakStatus.Gedaan, afspraak.Status);
        Assert.Equal(1, initiatief.Deal.Version);
    }

    [Fact]
    public void AnAfspraakNeedsADescriptionAndNoNegativeAmount()
    {
        var initiatief = Examples.In(InitiatiefStatus.Gesprek);

        Assert.Throws<ArgumentException>(() => initiatief.AddAfspraak(new AfspraakDraft(DealSide.Bewoners, " "), Later));
        Assert.Throws<ArgumentOutOfRangeException>(() => initiatief.AddAfspraak(new AfspraakDraft(DealSide.Gemeente, "Korting", -5m), Later));
        Assert.Equal(1, initiatief.Deal!.Version);
    }
}
