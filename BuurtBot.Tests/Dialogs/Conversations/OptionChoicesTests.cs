using BuurtBot.Dialogs.Conversations;
using BuurtBot.Dialogs.Conversations.NieuwInitiatief;

namespace BuurtBot.Tests.Dialogs.Conversations;

/// <summary>Typed buttons: built in one place, found back by the value the channel carried, never by position.</summary>
public sealed class OptionChoicesTests
{
    private static OptionChoices<SummaryAction> Actions => IntakeSummary.Actions;

    [Fact]
    public void TheButtonsAreTheOptionsTextsInOrderEachCarryingItsOwnText()
    {
        Assert.Equal(["Indienen", "Iets wijzigen", "Niet indienen"], Actions.For("nl-NL").Select(c => c.Title));
        Assert.All(Actions.For("en-GB"), choice => Assert.Equal(choice.Title, choice.Value));
    }

    [Theory]
    [InlineData("Indienen", "nl-NL", SummaryAction.Submit)]
    [InlineData("Niet indienen", "nl-NL", SummaryAction.Stop)]
    [InlineData("Iets wijzigen", "nl-NL", SummaryAction.Change)]
    [InlineData("Iets wijzigen", "en-GB", SummaryAction.Change)]
    public void AButtonIsFoundByItsValueInTheTurnsLanguageOrTheOther(string value, string locale, SummaryAction expected) =>
        Assert.Equal(expected, Actions.Find(value, locale));

    [Theory]
    [InlineData("indienen")]
    [InlineData("1")]
    [InlineData("")]
    public void AValueNoButtonCarriesIsNoOption(string value) =>
        Assert.Null(Actions.Find(value, "nl-NL"));
}
