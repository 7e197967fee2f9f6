using BuurtBot.Dialogs.Conversations;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Tests.Testing;

namespace BuurtBot.Tests.Dialogs.Conversations.Commands;

/// <summary>BuurtBot's own global commands, in memory: each handled in the turn that gave it, on the stack it found.</summary>
public sealed class BuurtBotCommandsTests
{
    private const string Code = "ABCDEF2345";

    private readonly FakeResidentServices _host = new();
    private readonly BuurtBotConversation _bot;

    public BuurtBotCommandsTests()
    {
        _bot = new BuurtBotConversation(AreaCatalogLoader.FromEmbeddedDefault(), _host.Ports);
    }

    [Fact]
    public async Task SwitchingLanguageMidIntakeStartsAgainAtTheMenuInTheSameTurn()
    {
        var flow = NewFlow(consent: true);
        await flow
            .Send("hallo").AssertReplyContains("Wat wil je doen?")
            .Send("Nieuw initiatief").AssertReplyContains("Leuk dat je een idee hebt").AssertReplyContains("In welke wijk")
            .Send("English").AssertReply("I will speak English with you from now on.").AssertReplyContains("What would you like to do?")
            .AssertNoMoreReplies();

        Assert.Equal("en-GB", flow.Locale);
    }

    [Fact]
    public async Task VergeetMijTypedMidIntakeAsksAndTheEraseWaitsForTheSavedTurn()
    {
        var flow = NewFlow(consent: true);
        await flow
            .Send("hallo").AssertReplyContains("Wat wil je doen?")
            .Send("Nieuw initiatief").AssertReplyContains("Leuk dat je een idee hebt").AssertReplyContains("In welke wijk")
            .Send("vergeet mij").AssertReplyContains("Weet je het zeker?")
            .Send("ja").AssertReplyContains("Je gegevens zijn gewist.")
            .AssertNoMoreReplies();

        Assert.Equal([flow.ResidentId], _host.Erased);
        Assert.False(flow.ConsentGiven);
    }

    [Fact]
    public async Task AShareLinkOpenedBeforeTheConsentQuestionOpensOnceTheResidentAgrees()
    {
        await NewFlow(consent: false)
            .Send(new InboundMessage { Kind = InboundKind.ConversationStarted, StartPayload = "steun_" + Code })
            .AssertReplyContains("Hallo! Ik ben BuurtBot").AssertReplyContains("Vind je dat goed?")
            .Send("Ja, dat is goed").AssertReplyContains("Deze link werkt niet").AssertReplyContains("Wat wil je doen?");
    }

    [Fact]
    public async Task TheTeamsShareTextTypedBeforeTheConsentQuestionIsKeptToo()
    {
        await NewFlow(consent: false)
            .Send("hallo").AssertReplyContains("Hallo! Ik ben BuurtBot").AssertReplyContains("Vind je dat goed?")
            .Send("steun " + Code).AssertReplyContains("Hallo! Ik ben BuurtBot").AssertReplyContains("Vind je dat goed?")
            .Send("Ja, dat is goed").AssertReplyContains("Deze link werkt niet").AssertReplyContains("Wat wil je doen?");
    }

    [Fact]
    public async Task AShareLinkAfterConsentOpensOnTopOfTheOpenQuestion()
    {
        await NewFlow(consent: true)
            .Send("hallo").AssertReplyContains("Wat wil je doen?")
            .Send("Nieuw initiatief").AssertReplyContains("Leuk dat je een idee hebt").AssertReplyContains("In welke wijk")
            .Send("steun " + Code).AssertReplyContains("Deze link werkt niet").AssertReplyContains("In welke wijk")
            .AssertNoMoreReplies();
    }

    [Fact]
    public async Task AskingForAPersonFromTheMenuOrAnywhereIsWorkForTheHostAfterTheTurn()
    {
        // The menu's button names a person, so typed or tapped it is the global command; its number
        // reaches the menu itself.
        var flow = NewFlow(consent: true);
        await flow
            .Send("hallo").AssertReplyContains("Wat wil je doen?")
            .Send("Praat met een buurtcoördinator").AssertNoMoreReplies()
            .Send("4").AssertNoMoreReplies();

        var resident = Guid.Parse(flow.ResidentId);
        Assert.Equal([(resident, "asked"), (resident, "menu")], _host.HumanRequests);
    }

    private DialogTestFlow NewFlow(bool consent) => new(_bot, afterTurn: _host.CarryOut) { ConsentGiven = consent };
}
