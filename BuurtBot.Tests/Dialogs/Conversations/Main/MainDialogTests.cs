using System.Text.RegularExpressions;
using BuurtBot.Dialogs.Conversations;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Tests.Testing;

namespace BuurtBot.Tests.Dialogs.Conversations.Main;

/// <summary>The menu as home: back to it after each journey, and its question asked again when something comes between.</summary>
public sealed partial class MainDialogTests
{

    private readonly FakeResidentServices _host = new();
    private readonly BuurtBotConversation _bot;

    public MainDialogTests()
    {
        _bot = new BuurtBotConversation(AreaCatalogLoader.FromEmbeddedDefault(), _host.Ports);
    }

    [Fact]
    public async Task AfterAJourneyBackToTheMenuHelpAsksTheMenuQuestionAgain()
    {
        await NewFlow()
            .Send("hallo").AssertReplyContains("Wat wil je doen?")
            .Send("Mijn initiatieven").AssertReply("Je hebt nog geen initiatieven.").AssertReplyContains("Wat wil je doen?")
            .Send("help").AssertReplyContains("Je kunt altijd typen").AssertReply("Wat wil je doen?")
            .AssertNoMoreReplies();
    }

    [Fact]
    public async Task GoingRoundTheMenuDoesNotNestTheMenuInItself()
    {
        var flow = NewFlow().Send("hallo").AssertReplyContains("Wat wil je doen?");
        for (var i = 0; i < 3; i++)
        {
            flow = flow.Send("Mijn initiatieven").AssertReplyContains("nog geen").AssertReplyContains("Wat wil je doen?");
        }

        await flow;

        Assert.Single(MainInstance().Matches(flow.SavedState!));
    }

    [Fact]
    public async Task ANoticeFromTheHostAfterAJourneyEndsWithTheMenuQuestion()
    {
        await NewFlow()
            .Send("hallo").AssertReplyContains("Wat wil je doen?")
            .Send("Mijn initiatieven").AssertReplyContains("nog geen").AssertReplyContains("Wat wil je doen?")
            .Send(InboundMessage.ForEvent("privacy", "export")).AssertReplyContains("Hier zijn al je gegevens").AssertReply("Wat wil je doen?")
            .AssertNoMoreReplies();
    }

    [Fact]
    public async Task HelpInTheMiddleOfWederkerigheidAsksTheSameQuestionAgain()
    {
        await NewFlow()
            .Send("hallo").AssertReplyContains("Wat wil je doen?")
            .Send("Nieuw initiatief").AssertReplyContains("Leuk dat").AssertReplyContains("In welke wijk")
            .Send("Zuid").AssertReplyContains("Waar gaat je idee over?")
            .Send("Groen").AssertReplyContains("korte titel")
            .Send("Boomspiegels").AssertReplyContains("Vertel")
            .Send("Bloemen rond de bomen.").AssertReplyContains("bereiken")
            .Send("Een groenere straat.").AssertReplyContains("Hoeveel buren")
            .Send("3").AssertReplyContains("Waar precies?")
            .Send("Overslaan").AssertReplyContains("wederkerigheid").AssertReplyContains("als bewoners doen?")
            .Send("Onderhoud").AssertReplyContains("Genoteerd").AssertReplyContains("als bewoners doen?")
            .Send("help").AssertReplyContains("Je kunt altijd typen").AssertReplyContains("als bewoners doen?")
            .Send("Klaar").AssertReplyContains("van de gemeente?");
    }

    private DialogTestFlow NewFlow() => new(_bot, afterTurn: _host.CarryOut) { ConsentGiven = true };

    [GeneratedRegex("\"id\":\"main\"")]
    private static partial Regex MainInstance();
}
