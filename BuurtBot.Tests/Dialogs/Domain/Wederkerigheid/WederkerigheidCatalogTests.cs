using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Wederkerigheid;

namespace BuurtBot.Tests.Dialogs.Domain.Wederkerigheid;

public sealed class WederkerigheidCatalogTests
{
    [Fact]
    public void GroenSuggestsOnderhoudAndZwerfafvalToTheBewoners()
    {
        var keys = WederkerigheidCatalog.For(Thema.Groen, DealSide.Bewoners).Select(s => s.Key);

        Assert.Contains("Onderhoud", keys);
        Assert.Contains("ZwerfafvalOpruimen", keys);
    }

    [Fact]
    public void SpelenSuggestsDraagvlakVoorstelEnOfferteToTheBewonersAndBodemonderzoekToTheGemeente()
    {
        var bewoners = WederkerigheidCatalog.For(Thema.SpelenEnBewegen, DealSide.Bewoners).Select(s => s.Key);
        var gemeente = WederkerigheidCatalog.For(Thema.SpelenEnBewegen, DealSide.Gemeente).Select(s => s.Key);

        Assert.Equal(["DraagvlakOnderzoeken", "Onderhoud", "Toezicht", "VoorstelInrichting", "Offerte"], bewoners);
        Assert.Contains("Bodemonderzoek", gemeente);
        Assert.Contains("Financiering", gemeente);
    }

    [Fact]
    public void EveryThemaHasSomethingForBothSides()
    {
        foreach (var thema in ThemaCatalog.All)
        {
            Assert.NotEmpty(WederkerigheidCatalog.For(thema, DealSide.Bewoners));
            Assert.NotEmpty(WederkerigheidCatalog.For(thema, DealSide.Gemeente));
        }
    }

    [Fact]
    public void EverySuggestionHasADutchAndAnEnglishText()
    {
        foreach (var suggestion in WederkerigheidCatalog.All)
        {
            var dutch = suggestion.Text("nl");
            var english = suggestion.Text("en");

            Assert.False(string.IsNullOrWhiteSpace(dutch));
            Assert.NotEqual(dutch, english);
        }
    }

    [Fact]
    public void ASuggestionBecomesAnAfspraakForItsSide()
    {
        var afspraak = WederkerigheidCatalog.Find("bodemonderzoek")!.ToAfspraak("nl");

        Assert.Equal(DealSide.Gemeente, afspraak.Side);
        Assert.Equal("De gemeente laat de grond onderzoeken.", afspraak.Description);
    }
}
