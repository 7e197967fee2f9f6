using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Domain.Initiatieven;

namespace BuurtBot.Tests.Testing;

public sealed class DemoDataTests
{
    [Fact]
    public void TheProgrammesExampleDealsBuildIntoRealInitiatieven()
    {
        var start = new DateTime(2025, 1, 6, 9, 0, 0, DateTimeKind.Utc);

        var initiatieven = DemoData.Build(AreaCatalogLoader.FromEmbeddedDefault(), start);

        Assert.Equal(DemoData.Examples.Select(e => e.ReachedStatus), initiatieven.Select(i => i.Status));
        var havenstraat = initiatieven.Single(i => i.Title == "Speelplek Havenstraat");
        Assert.Equal("Havenstraatbuurt", havenstraat.BuurtName);
        Assert.True(havenstraat.Deal!.IsClosed);
        Assert.Equal(6, havenstraat.Deal.Afspraken.Count);
        Assert.Equal(InitiatiefStatus.InUitvoering, initiatieven.Single(i => i.Title == "Bewonerstuin Stroeslaan").Timeline[^1].To);
    }
}
