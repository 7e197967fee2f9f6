using System.Text;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Tests.Dialogs.Domain.Areas;

public sealed class AreaCatalogTests
{
    private static readonly AreaCatalog Hilversum = AreaCatalogLoader.FromEmbeddedDefault();

    [Fact]
    public void EmbeddedFileDescribesHilversumWithItsEightWijken()
    {
        Assert.Equal("Hilversum", Hilversum.Gemeente.Name);
        Assert.Equal("GM0402", Hilversum.Gemeente.Code);
        Assert.Equal(
            ["Centrum", "Noordwest", "Noordoost", "Oost", "Zuidoost", "Zuid", "Zuidwest", "Hilversumse Meent"],
            Hilversum.Wijken.Select(w => w.Name));
    }

    [Theory]
    [InlineData("Centrum", "Centrum")]
    [InlineData("centrum", "Centrum")]
    [InlineData("  ZUIDWEST ", "Zuidwest")]
    [InlineData("zuid-west", "Zuidwest")]
    [InlineData("hilversumse   meent", "Hilversumse Meent")]
    [InlineData("Hilversumse-Meent", "Hilversumse Meent")]
    [InlineData("hilversumsemeent", "Hilversumse Meent")]
    [InlineData("Nóórdóóst", "Noordoost")]
    public void FindsAWijkWhateverTheCaseAccentsOrSeparators(string typed, string expected)
    {
        Assert.Equal(expected, Hilversum.FindWijk(typed)?.Name);
    }

    [Theory]
    [InlineData("villa industria", "Villa Industria", "Oost")]
    [InlineData("Villa-Indústria", "Villa Industria", "Oost")]
    [InlineData("KERKELANDEN", "Kerkelanden", "Zuidwest")]
    [InlineData("havenstraatbuurt", "Havenstraatbuurt", "Centrum")]
    public void FindsABuurtWithTheWijkItLiesIn(string typed, string buurt, string wijk)
    {
        var found = Hilversum.FindBuurt(typed);

        Assert.NotNull(found);
        Assert.Equal(buurt, found.Buurt.Name);
        Assert.Equal(wijk, found.Wijk.Name);
        Assert.True(found.Wijk.Contains(found.Buurt));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Amsterdam-Noord")]
    public void UnknownNamesFindNothing(string typed)
    {
        Assert.Null(Hilversum.FindWijk(typed));
        Assert.Null(Hilversum.FindBuurt(typed));
    }

    [Fact]
    public void SuggestsTheWijkWhoseCentreIsNearest()
    {
        // A point on the Hilversumse Meent, well north of the town centre.
        Assert.Equal("Hilversumse Meent", Hilversum.SuggestWijkNear(new GeoLocation(52.272, 5.135))?.Name);
        // Near the Kerkbrink, in the centre.
        Assert.Equal("Centrum", Hilversum.SuggestWijkNear(new GeoLocation(52.2235, 5.1765))?.Name);
    }

    [Fact]
    public void SuggestsNoWijkForAPointFarOutsideTheGemeente()
    {
        Assert.Null(Hilversum.SuggestWijkNear(new GeoLocation(52.3676, 4.9041))); // Amsterdam
    }

    [Fact]
    public void ReadsAReplacementFileFromDisk()
    {
        var path = Path.Combine(Path.GetTempPath(), $"areas-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            {
              "gemeente": { "code": "GM9999", "name": "Proefdorp" },
              "wijken": [ { "code": "WK999901", "name": "Dorp", "buurten": [ { "code": "BU99990101", "name": "Kerkbuurt" } ] } ]
            }
            """);
        try
        {
            var catalog = AreaCatalogLoader.FromFile(path);

            Assert.Equal("Proefdorp", catalog.Gemeente.Name);
            Assert.Equal("WK999901", catalog.FindWijk("dorp")?.Code);
            Assert.Equal("BU99990101", catalog.FindBuurt("kerkbuurt")?.Buurt.Code);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AMissingReplacementFileIsNamedInTheError()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json");

        var error = Assert.Throws<AreaFileException>(() => AreaCatalogLoader.FromFile(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("does not exist", error.Message);
    }

    [Theory]
    [InlineData("{ \"gemeente\": ", "not valid area JSON")]
    [InlineData("{ \"wijken\": [] }", "no \"gemeente\"")]
    [InlineData("{ \"gemeente\": { \"name\": \" \" }, \"wijken\": [] }", "gemeente.name is missing")]
    [InlineData("{ \"gemeente\": { \"name\": \"X\" }, \"wijken\": [] }", "\"wijken\" is missing or empty")]
    [InlineData("{ \"gemeente\": { \"name\": \"X\" }, \"wijken\": [ { \"name\": \"\" } ] }", "wijken[0].name is missing")]
    [InlineData("{ \"gemeente\": { \"name\": \"X\" }, \"wijken\": [ { \"name\": \"Oost\" }, { \"name\": \"oost\" } ] }", "wijk 'oost' appears twice")]
    [InlineData("{ \"gemeente\": { \"name\": \"X\" }, \"wijken\": [ { \"name\": \"Oost\", \"buurtem\": [] } ] }", "buurtem")]
    [InlineData("{ \"gemeente\": { \"code\": \"0402\", \"name\": \"X\" }, \"wijken\": [ { \"name\": \"Oost\" } ] }", "gemeente.code '0402' is not a CBS code")]
    [InlineData("{ \"gemeente\": { \"code\": \"GM0402\", \"name\": \"X\" }, \"wijken\": [ { \"code\": \"WK036300\", \"name\": \"Oost\" } ] }", "does not belong to gemeente GM0402")]
    [InlineData("{ \"gemeente\": { \"name\": \"X\" }, \"wijken\": [ { \"name\": \"Oost\", \"buurten\": [ { \"name\": \"Dorp\" } ] }, { \"name\": \"West\", \"buurten\": [ { \"name\": \"dorp\" } ] } ] }", "buurt 'dorp' appears twice (in wijk 'Oost' and wijk 'West')")]
    [InlineData("{ \"gemeente\": { \"name\": \"X\" }, \"wijken\": [ { \"name\": \"Oost\", \"approximateCentre\": { \"latitude\": 152, \"longitude\": 5 } } ] }", "wijk 'Oost' approximateCentre")]
    public void ABrokenFileGivesAnErrorNamingTheFileAndTheProblem(string json, string expectedProblem)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var error = Assert.Throws<AreaFileException>(() => AreaCatalogLoader.FromStream(stream, "/etc/buurtbot/areas.json"));

        Assert.StartsWith("Area file '/etc/buurtbot/areas.json' cannot be used:", error.Message);
        Assert.Contains(expectedProblem, error.Message);
    }
}
