using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Wijkagenda;

namespace BuurtBot.Tests.Dialogs.Domain.Wijkagenda;

public sealed class WijkagendaInputTests
{
    private static readonly DateTime Now = new(2027, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void AnAnswerKeepsEachThemeOnceInTheOrderNamed()
    {
        var input = WijkagendaInput.Answer("bewoner-1", "Oost", 2027, [Thema.Groen, Thema.Jongeren, Thema.Groen], "Meer bomen.", Now);

        Assert.Equal(("Groen,Jongeren", "Oost", 2027, Now), (input.Themas, input.Wijk, input.Year, input.AnsweredUtc));
        Assert.Equal([Thema.Groen, Thema.Jongeren], input.ThemaList);
    }

    [Fact]
    public void AnAnswerNamesAtMostThreeThemes() =>
        Assert.Throws<ArgumentException>(() => WijkagendaInput.Answer("bewoner-1", "Oost", 2027, [Thema.Groen, Thema.Jongeren, Thema.Ontmoeting, Thema.Communicatie], "", Now));

    [Fact]
    public void ASentenceLongerThanItsColumnIsRefused() =>
        Assert.Throws<ArgumentException>(() => WijkagendaInput.Answer("bewoner-1", "Oost", 2027, [Thema.Groen], new string('x', WijkagendaInput.MaxSentenceLength + 1), Now));

    [Fact]
    public void ASecondAnswerInTheSameYearReplacesTheFirstWhole()
    {
        var input = WijkagendaInput.Answer("bewoner-1", "Oost", 2027, [Thema.Groen, Thema.Jongeren], "Meer bomen.", Now);

        input.Revise("Zuid", [Thema.Communicatie], "Een zebrapad.", Now.AddDays(3));

        Assert.Equal(("Zuid", "Communicatie", "Een zebrapad.", 2027, Now.AddDays(3)), (input.Wijk, input.Themas, input.Sentence, input.Year, input.AnsweredUtc));
    }

    [Theory]
    [InlineData("Groen,Jongeren", new[] { Thema.Groen, Thema.Jongeren })]
    [InlineData("Groen,GeenThema,,Communicatie", new[] { Thema.Groen, Thema.Communicatie })]
    [InlineData("", new Thema[0])]
    public void StoredThemesAreReadBackSkippingNamesNoLongerKnown(string stored, Thema[] themas) =>
        Assert.Equal(themas, WijkagendaInput.ParseThemas(stored));
}
