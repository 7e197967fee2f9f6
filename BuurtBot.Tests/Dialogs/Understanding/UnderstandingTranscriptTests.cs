using BuurtBot.Dialogs.Conversations;
using BuurtBot.Dialogs.Conversations.Commands;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Tests.Testing;

namespace BuurtBot.Tests.Dialogs.Understanding;

/// <summary>The whole conversation with what residents really type: each test is a transcript the issue complained about.</summary>
public sealed class UnderstandingTranscriptTests
{
    private const string ShortChoiceRetry = "Sorry, dat begreep ik niet. Tik op een knop of typ het nummer.";

    private readonly FakeResidentServices _host = new();
    private readonly BuurtBotConversation _bot;

    public UnderstandingTranscriptTests()
    {
        _bot = new BuurtBotConversation(AreaCatalogLoader.FromEmbeddedDefault(), _host.Ports);
    }

    [Fact]
    public async Task ThePrivacyQuestionTakesEverydayYesAndAnswersAGreetingInOneSentence()
    {
        var flow = new DialogTestFlow(_bot, afterTurn: _host.CarryOut);
        await flow
            .Send("hallo").AssertReplyContains("BuurtBot").AssertReplyContains("Vind je dat goed?")
            .Send("hallo").AssertReply(reply =>
            {
                Assert.Equal("Hallo! Vind je dat goed?", reply.Text);
                Assert.Equal(["Ja, dat is goed", "Nee, liever niet"], reply.Choices.Select(c => c.Title));
            })
            .Send("pfff").AssertReply(reply =>
            {
                // One sentence of what is expected and the buttons; never the long privacy text again.
                Assert.Equal(ShortChoiceRetry, reply.Text);
                Assert.Equal(2, reply.Choices.Count);
            })
            .Send("ja hoor").AssertReplyContains("Wat wil je doen?")
            .AssertNoMoreReplies();
        Assert.True(flow.ConsentGiven);
    }

    [Theory]
    [InlineData("oké")]
    [InlineData("prima")]
    [InlineData("akkoord")]
    [InlineData("ja graag")]
    [InlineData("👍")]
    [InlineData("yes")]
    public async Task EveryEverydayYesAgreesToThePrivacyQuestion(string yes)
    {
        var flow = new DialogTestFlow(_bot, afterTurn: _host.CarryOut);
        await flow
            .Send("hallo").AssertReplyContains("BuurtBot").AssertReplyContains("Vind je dat goed?")
            .Send(yes).AssertReplyContains("Wat wil je doen?")
            .AssertNoMoreReplies();
        Assert.True(flow.ConsentGiven);
    }

    [Fact]
    public async Task AnIdeaTypedAtTheMenuStartsTheIntakeAndIsTheFirstDraftOfTheDescription()
    {
        await Flow()
            .Send("hallo").AssertReplyContains("Wat wil je doen?")
            .Send("ik heb een idee voor een bankje bij de speeltuin").AssertReplyContains("Leuk dat").AssertReplyContains("In welke wijk")
            .Send("de Meent").AssertReplyContains("Waar gaat je idee over?")
            .Send("speeltuin").AssertReplyContains("korte titel")
            .Send("Bankje bij de speeltuin").AssertReplyContains("Je schreef: ‘ik heb een idee voor een bankje bij de speeltuin’")
            .Send("ja").AssertReplyContains("bereiken")
            .Send("Dat buren elkaar zien.").AssertReplyContains("Hoeveel buren")
            .Send("3").AssertReplyContains("Waar precies?")
            .Send("Overslaan").AssertReplyContains("wederkerigheid").AssertReplyContains("als bewoners doen?")
            .Send("onderhoud").AssertReplyContains("Genoteerd").AssertReplyContains("als bewoners doen?")
            .Send("dat was het").AssertReplyContains("van de gemeente?")
            .Send("plaatsen").AssertReplyContains("Genoteerd").AssertReplyContains("van de gemeente?")
            .Send("klaar").AssertReply(summary =>
            {
                Assert.Contains("Wijk: Hilversumse Meent", summary.Text, StringComparison.Ordinal);
                Assert.Contains("Thema: Spelen & bewegen", summary.Text, StringComparison.Ordinal);
                Assert.Contains("Idee: ik heb een idee voor een bankje bij de speeltuin", summary.Text, StringComparison.Ordinal);
            })
            .AssertReplyContains("Klopt alles?");
    }

    [Fact]
    public async Task AmbiguousWijkIsAskedAboutNeverGuessed()
    {
        await Flow()
            .Send("hallo").AssertReplyContains("Wat wil je doen?")
            .Send("nieuw initatief").AssertReplyContains("Leuk dat").AssertReplyContains("In welke wijk")
            .Send("noord").AssertReply(reply =>
            {
                Assert.Equal("Welke bedoel je?", reply.Text);
                Assert.Equal(["Noordwest", "Noordoost"], reply.Choices.Select(c => c.Title));
            })
            .Send("de tweede").AssertReplyContains("Waar gaat je idee over?");
    }

    [Fact]
    public async Task RepeatedMissesOfferAPersonOrTheMenuAndKeepTheAnswersSoFar()
    {
        await Flow()
            .Send("hallo").AssertReplyContains("Wat wil je doen?")
            .Send("Nieuw initiatief").AssertReplyContains("Leuk dat").AssertReplyContains("In welke wijk")
            .Send("Zuid").AssertReplyContains("Waar gaat je idee over?")
            .Send("qwerty").AssertReply(ShortChoiceRetry)
            .Send("asdf").AssertReply(ShortChoiceRetry)
            .Send("zxcv").AssertReply(reply =>
            {
                Assert.Contains("Je antwoorden tot nu toe blijven bewaard", reply.Text, StringComparison.Ordinal);
                Assert.Equal([GlobalCommandRecognizer.MenuValue, GlobalCommandRecognizer.HumanValue], reply.Choices.Select(c => c.Value));
            })
            .Send("bomen").AssertReplyContains("korte titel")
            .Send("Boomspiegels").AssertReplyContains("Vertel");
    }

    [Fact]
    public async Task TerugInWederkerigheidRestoresWhatWasPicked()
    {
        await Flow()
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
            .Send("Buren vragen").AssertReplyContains("Genoteerd").AssertReplyContains("als bewoners doen?")
            .Send("Klaar").AssertReplyContains("van de gemeente?")
            .Send("terug").AssertReply(reply =>
            {
                // Back on the bewoners' side with both picks still there (their buttons are gone).
                Assert.Contains("als bewoners doen?", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Onderhoud", reply.Choices.Select(c => c.Title));
                Assert.DoesNotContain("Buren vragen", reply.Choices.Select(c => c.Title));
            })
            .Send("terug").AssertReplyContains("weer weggehaald").AssertReply(reply => Assert.Contains("Buren vragen", reply.Choices.Select(c => c.Title)))
            .Send("Klaar").AssertReplyContains("van de gemeente?")
            .Send("Geld").AssertReplyContains("Hoeveel geld")
            .Send("terug").AssertReplyContains("van de gemeente?")
            .Send("Plaatsen").AssertReplyContains("Genoteerd").AssertReplyContains("van de gemeente?")
            .Send("Klaar").AssertReply(summary =>
            {
                Assert.Contains("• Wij zorgen samen voor het onderhoud.", summary.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("buren", summary.Text.Split("Wat jullie vragen")[0].Split("Wat de bewoners doen")[^1], StringComparison.Ordinal);
            })
            .AssertReplyContains("Klopt alles?");
    }

    [Fact]
    public async Task LanguageIsSwitchedInASentence()
    {
        var flow = Flow();
        await flow
            .Send("hallo").AssertReplyContains("Wat wil je doen?")
            .Send("english please").AssertReplyContains("English").AssertReplyContains("What would you like to do?")
            .Send("kunnen we Nederlands praten?").AssertReplyContains("Nederlands").AssertReplyContains("Wat wil je doen?");
        Assert.Equal("nl-NL", flow.Locale);
    }

    [Fact]
    public async Task AskingForSomeoneInASentenceAsksForAPerson()
    {
        var flow = Flow();
        await flow
            .Send("hallo").AssertReplyContains("Wat wil je doen?")
            .Send("kan ik iemand spreken?").AssertNoMoreReplies();
        Assert.Contains(flow.AfterTurn, work => work is HandOffToCoordinator);
    }

    [Fact]
    public async Task ThanksAtTheMenuIsAnsweredKindlyAndIsNoMiss()
    {
        await Flow()
            .Send("hallo").AssertReplyContains("Wat wil je doen?")
            .Send("dank je wel").AssertReply(reply => Assert.Equal("Graag gedaan! Wat wil je doen?", reply.Text))
            .Send("bedankt").AssertReply("Graag gedaan! Wat wil je doen?")
            .Send("hoi").AssertReply("Hallo! Wat wil je doen?")
            .Send("Mijn initiatieven").AssertReply("Je hebt nog geen initiatieven.").AssertReplyContains("Wat wil je doen?");
    }

    private DialogTestFlow Flow() => new(_bot, afterTurn: _host.CarryOut) { ConsentGiven = true };
}
