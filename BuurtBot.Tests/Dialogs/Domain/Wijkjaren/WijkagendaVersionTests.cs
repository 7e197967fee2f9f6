using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Wijkagenda;

namespace BuurtBot.Tests.Dialogs.Domain.Wijkjaren;

public sealed class WijkagendaVersionTests
{
    private static readonly DateTime Now = new(2027, 3, 10, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void AVersionIsAConceptThenApprovedThenPublishedAndThenNeverChanged()
    {
        var version = WijkagendaVersion.Draft("Centrum", 2027, 1, [new Doelstelling(Thema.Groen, " Twee geveltuin-straten. ")], "carla", Now);
        Assert.Equal("Twee geveltuin-straten.", Assert.Single(version.Doelstellingen).Tekst);
        Assert.Throws<WijkagendaStatusException>(() => version.Publish(Now));
        version.Approve("carla", Now);
        Assert.Throws<WijkagendaStatusException>(() => version.Revise([new Doelstelling(Thema.Groen, "Anders.")], "carla", Now));
        version.Publish(Now);
        Assert.Equal(WijkagendaStatus.Gepubliceerd, version.Status);
        Assert.Throws<WijkagendaStatusException>(() => version.Approve("carla", Now));
    }

    [Fact]
    public void EachThemaOnceWithOneDoelstelling()
    {
        Assert.Contains("Elk thema staat één keer", WijkagendaVersion.Problems([new(Thema.Groen, "a"), new(Thema.Groen, "b")])[0], StringComparison.Ordinal);
        Assert.Contains("Schrijf bij elk thema een doelstelling.", WijkagendaVersion.Problems([new(Thema.Groen, " ")]));
        Assert.Throws<ArgumentException>(() => WijkagendaVersion.Draft("Centrum", 2027, 1, [new Doelstelling(Thema.Groen, new string('x', 301))], "carla", Now));
        Assert.Throws<WijkagendaStatusException>(() => WijkagendaVersion.Draft("Centrum", 2027, 1, [], "carla", Now).Approve("carla", Now));
    }
}
