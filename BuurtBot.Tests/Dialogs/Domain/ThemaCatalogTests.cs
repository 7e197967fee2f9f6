using BuurtBot.Dialogs.Domain;

namespace BuurtBot.Tests.Dialogs.Domain;

public sealed class ThemaCatalogTests
{
    [Fact]
    public void EveryThemaHasADutchAndAnEnglishName()
    {
        foreach (var thema in ThemaCatalog.All)
        {
            var dutch = ThemaCatalog.DisplayName(thema, "nl-NL");
            var english = ThemaCatalog.DisplayName(thema, "en");

            Assert.False(string.IsNullOrWhiteSpace(dutch));
            Assert.False(string.IsNullOrWhiteSpace(english));
        }
    }

    [Fact]
    public void NamesAreDutchFirstAndEnglishForEnglishSpeakers()
    {
        Assert.Equal("Spelen & bewegen", ThemaCatalog.DisplayName(Thema.SpelenEnBewegen, "nl-NL"));
        Assert.Equal("Spelen & bewegen", ThemaCatalog.DisplayName(Thema.SpelenEnBewegen, null));
        Assert.Equal("Play & exercise", ThemaCatalog.DisplayName(Thema.SpelenEnBewegen, "en-GB"));
    }

    [Fact]
    public void TheProgrammesNineThemasAreOfferedWithAndersLast()
    {
        Assert.Equal(9, ThemaCatalog.All.Count);
        Assert.Equal(Thema.Anders, ThemaCatalog.All[^1]);
    }

    [Theory]
    [InlineData("Spelen & bewegen", Thema.SpelenEnBewegen)]
    [InlineData("spelen en bewegen", Thema.SpelenEnBewegen)]
    [InlineData("Play & exercise", Thema.SpelenEnBewegen)]
    [InlineData("groen", Thema.Groen)]
    [InlineData(" Zorg & Welzijn ", Thema.ZorgEnWelzijn)]
    public void RecognisesAThemaFromItsNameInEitherLanguage(string typed, Thema expected)
    {
        Assert.True(ThemaCatalog.TryParse(typed, out var thema));
        Assert.Equal(expected, thema);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("fietsen")]
    public void DoesNotGuessAThemaFromUnknownText(string? typed)
    {
        Assert.False(ThemaCatalog.TryParse(typed, out _));
    }
}
