using System.Globalization;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Choices;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Tests.Dialogs.Engine;

/// <summary>The pure recognisers, as tables: what a resident types, and what it should mean.</summary>
public sealed class RecognizerTests
{
    private static readonly ReplyChoice[] Themas =
    [
        ReplyChoice.Of("Groen en natuur"),
        ReplyChoice.Of("Spelen & bewegen"),
        ReplyChoice.Of("Ontmoeting"),
        ReplyChoice.Of("Veiligheid & overlast"),
        ReplyChoice.Of("Verkeer & mobiliteit"),
        ReplyChoice.Of("Zorg & welzijn"),
        ReplyChoice.Of("Anders"),
    ];

    [Theory]
    [InlineData("Groen en natuur", 0)]
    [InlineData("groen en natuur", 0)]
    [InlineData("  ONTMOETING!  ", 2)]
    [InlineData("2", 1)]
    [InlineData("2.", 1)]
    [InlineData("nummer 3", 2)]
    [InlineData("twee", 1)]
    [InlineData("de derde", 2)]
    [InlineData("7e", 6)]
    [InlineData("groen", 0)]
    [InlineData("Gröen", 0)]
    [InlineData("spelen", 1)]
    [InlineData("spel bew", 1)]
    [InlineData("zorg", 5)]
    [InlineData("ik kies anders", 6)]
    public void AChoiceIsFoundTheWayResidentsTypeIt(string typed, int expectedIndex)
    {
        var found = ChoiceRecognizers.RecognizeChoices(typed, Themas);

        Assert.Equal(expectedIndex, Assert.Single(found).Index);
    }

    [Theory]
    [InlineData("speel", new[] { 0, 1 })]
    [InlineData("Speel", new[] { 0, 1 })]
    [InlineData("bankjes", new[] { 2, 3 })]
    public void AnAmbiguousPartReturnsEveryCandidate(string typed, int[] expected)
    {
        ReplyChoice[] choices = [ReplyChoice.Of("Speeltuin"), ReplyChoice.Of("Speelveld"), ReplyChoice.Of("Bankjes bij de school"), ReplyChoice.Of("Bankjes in het park")];

        Assert.Equal(expected, ChoiceRecognizers.RecognizeChoices(typed, choices).Select(choice => choice.Index));
    }

    [Theory]
    [InlineData("")]
    [InlineData("8")]
    [InlineData("0")]
    [InlineData("xyz")]
    [InlineData("an")]
    public void NoChoiceIsFoundForAnswersThatFitNone(string typed)
    {
        Assert.Empty(ChoiceRecognizers.RecognizeChoices(typed, Themas));
    }

    [Fact]
    public void AnExactTitleWinsOverANumber()
    {
        ReplyChoice[] choices = [ReplyChoice.Of("Eén keer"), ReplyChoice.Of("1")];

        Assert.Equal(1, Assert.Single(ChoiceRecognizers.RecognizeChoices("1", choices)).Index);
    }

    [Theory]
    [InlineData("ja", true)]
    [InlineData("Ja!", true)]
    [InlineData("j", true)]
    [InlineData("jazeker", true)]
    [InlineData("Klopt", true)]
    [InlineData("yes", true)]
    [InlineData("👍", true)]
    [InlineData("👍🏽", true)]
    [InlineData("ja hoor, graag", true)]
    [InlineData("nee", false)]
    [InlineData("N", false)]
    [InlineData("nope", false)]
    [InlineData("no", false)]
    [InlineData("👎", false)]
    [InlineData("nee, liever niet", false)]
    [InlineData("klopt niet", false)]
    [InlineData("misschien", null)]
    [InlineData("", null)]
    public void ConfirmUnderstandsYesAndNo(string typed, bool? expected)
    {
        Assert.Equal(expected, ConfirmRecognizer.Recognize(typed));
    }

    [Theory]
    [InlineData("3", 3)]
    [InlineData("drie", 3)]
    [InlineData("Drie", 3)]
    [InlineData("three", 3)]
    [InlineData("een", 1)]
    [InlineData("twintig", 20)]
    [InlineData("vijfentwintig", 25)]
    [InlineData("drieëntwintig", 23)]
    [InlineData("ongeveer 15 mensen", 15)]
    [InlineData("2,5", 2.5)]
    [InlineData("1.000", 1000)]
    [InlineData("1.250,50", 1250.5)]
    [InlineData("1.5", 1.5)]
    [InlineData("€ 250", 250)]
    [InlineData("-4", -4)]
    public void NumbersAreReadInDigitsAndWords(string typed, double expected)
    {
        Assert.Equal((decimal)expected, NumberRecognizer.Recognize(typed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("een bankje")]
    [InlineData("veel")]
    public void NoNumberIsFoundWhereThereIsNone(string typed)
    {
        Assert.Null(NumberRecognizer.Recognize(typed));
    }

    /// <summary>"Now" is Wednesday 10 March 2027 in Amsterdam.</summary>
    [Theory]
    [InlineData("12-3-2027", "2027-03-12")]
    [InlineData("12/03/2027", "2027-03-12")]
    [InlineData("1-4-27", "2027-04-01")]
    [InlineData("2027-03-12", "2027-03-12")]
    [InlineData("12-3", "2027-03-12")]
    [InlineData("1-3", "2028-03-01")]
    [InlineData("12 maart", "2027-03-12")]
    [InlineData("12 Maart 2028", "2028-03-12")]
    [InlineData("3 mei", "2027-05-03")]
    [InlineData("1 jan", "2028-01-01")]
    [InlineData("op 5 april", "2027-04-05")]
    [InlineData("vandaag", "2027-03-10")]
    [InlineData("morgen", "2027-03-11")]
    [InlineData("overmorgen", "2027-03-12")]
    [InlineData("over 2 weken", "2027-03-24")]
    [InlineData("over twee weken", "2027-03-24")]
    [InlineData("over een maand", "2027-04-10")]
    [InlineData("over 3 dagen", "2027-03-13")]
    [InlineData("volgende week", "2027-03-17")]
    [InlineData("volgende maand", "2027-04-01")]
    [InlineData("volgend jaar", "2028-01-01")]
    [InlineData("zaterdag", "2027-03-13")]
    [InlineData("woensdag", "2027-03-10")]
    [InlineData("tomorrow", "2027-03-11")]
    [InlineData("in 2 weeks", "2027-03-24")]
    public void DatesAreReadRelativeToTodayInAmsterdam(string typed, string expected)
    {
        var today = new DateOnly(2027, 3, 10);

        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), DateRecognizer.Recognize(typed, today));
    }

    [Theory]
    [InlineData("31-2-2027")]
    [InlineData("32 maart")]
    [InlineData("binnenkort")]
    [InlineData("")]
    public void ImpossibleOrVagueDatesAreNotRecognised(string typed)
    {
        Assert.Null(DateRecognizer.Recognize(typed, new DateOnly(2027, 3, 10)));
    }

    [Theory]
    [InlineData("stop", Interruption.Cancel)]
    [InlineData("Annuleer", Interruption.Cancel)]
    [InlineData("help", Interruption.Help)]
    [InlineData("Hulp", Interruption.Help)]
    [InlineData("menu", Interruption.Menu)]
    [InlineData("terug", Interruption.Back)]
    [InlineData("Terug!", Interruption.Back)]
    [InlineData("mens", Interruption.Human)]
    [InlineData("medewerker", Interruption.Human)]
    [InlineData("Coördinator", Interruption.Human)]
    [InlineData("ik wil een mens spreken", Interruption.Human)]
    [InlineData("Praat met een medewerker", Interruption.Human)]
    [InlineData("de bushalte moet stoppen bij de school", null)]
    [InlineData("terugkoppeling graag", null)]
    [InlineData("groen", null)]
    public void GlobalCommandsAreRecognisedOnlyAsWholeMessages(string typed, Interruption? expected)
    {
        Assert.Equal(expected, InterruptionRecognizer.Recognize(typed));
    }
}
