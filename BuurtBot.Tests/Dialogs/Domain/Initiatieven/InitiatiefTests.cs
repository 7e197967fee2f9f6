using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Domain.Initiatieven;

namespace BuurtBot.Tests.Dialogs.Domain.Initiatieven;

public sealed class InitiatiefTests
{
    [Fact]
    public void ASubmittedInitiatiefStartsAsIngediendWithItsFirstTimelineEntry()
    {
        var initiatief = Examples.Submitted();

        Assert.Equal(InitiatiefStatus.Ingediend, initiatief.Status);
        Assert.Equal("Oost", initiatief.WijkName);
        Assert.Equal("Villa Industria", initiatief.BuurtName);
        Assert.Equal(Examples.Start, initiatief.CreatedAt);
        var entry = Assert.Single(initiatief.Timeline);
        Assert.Null(entry.From);
        Assert.Equal(InitiatiefStatus.Ingediend, entry.To);
        Assert.Equal(Examples.Resident, entry.Actor);
        Assert.Equal("NextStep_Ingediend", initiatief.NextStepTextKey);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void AnEmptyTitleIsRefused(string title)
    {
        Assert.False(Initiatief.IsValidTitle(title));
        Assert.Throws<ArgumentException>(() => Initiatief.Submit(Examples.Draft(title), Examples.ResidentId, Examples.Start));
    }

    [Fact]
    public void ATitleOfEightyCharactersIsAcceptedAndEightyOneIsRefused()
    {
        var eighty = new string('a', 80);

        Assert.Equal(eighty, Initiatief.Submit(Examples.Draft(eighty), Examples.ResidentId, Examples.Start).Title);
        Assert.Throws<ArgumentException>(() => Initiatief.Submit(Examples.Draft(eighty + "b"), Examples.ResidentId, Examples.Start));
    }

    [Fact]
    public void SpacesAroundTheTitleDoNotCountAndAreTrimmed()
    {
        var title = "  " + new string('a', 80) + "  ";

        Assert.True(Initiatief.IsValidTitle(title));
        Assert.Equal(new string('a', 80), Initiatief.Submit(Examples.Draft(title), Examples.ResidentId, Examples.Start).Title);
    }

    [Fact]
    public void ABuurtFromAnotherWijkIsRefused()
    {
        var areas = AreaCatalogLoader.FromEmbeddedDefault();
        var draft = Examples.Draft() with { Wijk = areas.FindWijk("Centrum")!, Buurt = areas.FindBuurt("Kerkelanden")!.Buurt };

        var error = Assert.Throws<ArgumentException>(() => Initiatief.Submit(draft, Examples.ResidentId, Examples.Start));
        Assert.Contains("Kerkelanden", error.Message);
    }

    [Fact]
    public void MedeInitiatiefnemersAreAddedOnce()
    {
        var initiatief = Examples.Submitted();

        initiatief.AddMedeInitiatiefnemer("neighbour-2", Examples.Start.AddHours(1));
        initiatief.AddMedeInitiatiefnemer("neighbour-2", Examples.Start.AddHours(2));
        initiatief.AddMedeInitiatiefnemer(Examples.ResidentId, Examples.Start.AddHours(3));

        Assert.Equal(["neighbour-2"], initiatief.MedeInitiatiefnemerIds);
        Assert.True(initiatief.IsInitiatiefnemer("neighbour-2"));
        Assert.Equal(Examples.Start.AddHours(1), initiatief.UpdatedAt);
    }

    [Fact]
    public void DetailsCanBeCorrectedUntilTheDealIsClosed()
    {
        var inGesprek = Examples.In(InitiatiefStatus.Gesprek);
        inGesprek.UpdateDetails(Examples.Draft("Twee bankjes bij de speeltuin"), Examples.Start.AddDays(10));
        Assert.Equal("Twee bankjes bij de speeltuin", inGesprek.Title);

        var closed = Examples.In(InitiatiefStatus.DealGesloten);
        Assert.Throws<InvalidOperationException>(() => closed.UpdateDetails(Examples.Draft("Anders"), Examples.Start.AddDays(10)));
    }
}
