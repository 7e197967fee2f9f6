using BuurtBot.Dialogs.Conversations;
using BuurtBot.Dialogs.Conversations.Commands;
using BuurtBot.Dialogs.Conversations.NieuwInitiatief;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Tests.Testing;

namespace BuurtBot.Tests.Dialogs.Conversations.NieuwInitiatief;

/// <summary>"Nieuw initiatief" turn by turn, in memory: corrections, going back, and answers it cannot use.</summary>
public sealed class IntakeDialogTests
{
    private static readonly ChannelCapabilities WebChat = new() { MaxChoices = 10, SupportsLocation = true, SupportsAttachments = true };

    private readonly FakeResidentServices _host = new();
    private readonly BuurtBotConversation _bot;

    public IntakeDialogTests()
    {
        _bot = new BuurtBotConversation(AreaCatalogLoader.FromEmbeddedDefault(), _host.Ports);
    }

    [Theory]
    [InlineData("Thema", "Waar gaat je idee over?", "Ontmoeting", "Thema: Ontmoeting")]
    [InlineData("Titel", "korte titel", "Bankje bij de vijver", "Titel: Bankje bij de vijver")]
    [InlineData("Idee", "Vertel wat je idee is", "Twee bankjes bij de vijver.", "Idee: Twee bankjes bij de vijver.")]
    [InlineData("Doel", "Wat wil je ermee bereiken?", "Meer rust in de buurt.", "Doel: Meer rust in de buurt.")]
    [InlineData("Buren die meedoen", "Hoeveel buren doen mee?", "7", "Buren die meedoen: 7")]
    [InlineData("Plek", "Waar precies?", "Kerkstraat 5", "Plek: Kerkstraat 5")]
    public async Task EachAnswerCanBeChangedFromTheSummaryWithoutStartingOver(string field, string question, string answer, string newLine)
    {
        var flow = ToSummary(NewFlow());

        await flow
            .Send("Iets wijzigen").AssertReplyContains("Wat wil je wijzigen?")
            .Send(field).AssertReplyContains(question)
            .Send(answer)
            .AssertReply(summary =>
            {
                Assert.Contains(newLine, summary.Text, StringComparison.Ordinal);
                Assert.Contains("Wijk: Centrum", summary.Text, StringComparison.Ordinal);
                Assert.Contains("Wij vragen de buren of ze het plan steunen.", summary.Text, StringComparison.Ordinal);
            })
            .AssertChoices("Indienen", "Iets wijzigen", "Niet indienen")
            .Send("Indienen").AssertReplyContains("is ingediend").AssertReplyContains("Mag je initiatief openbaar worden?")
            .Send("Nee, liever niet").AssertReplyContains("blijft niet openbaar").AssertReplyContains("Wat wil je doen?")
            .AssertNoMoreReplies();

        Assert.Single(_host.Initiatieven);
    }

    [Fact]
    public async Task ChangingTheWijkAsksItsBuurtAgainAndKeepsTheRest()
    {
        await ToSummary(NewFlow())
            .Send("Iets wijzigen").AssertReplyContains("Wat wil je wijzigen?")
            .Send("Wijk").AssertReplyContains("In welke wijk is je idee?")
            .Send("Oost").AssertReplyContains("En in welke buurt?")
            .Send("Villa Industria")
            .AssertReply(summary =>
            {
                Assert.Contains("Wijk: Oost", summary.Text, StringComparison.Ordinal);
                Assert.Contains("Buurt: Villa Industria", summary.Text, StringComparison.Ordinal);
                Assert.Contains("Titel: Bankje bij de speeltuin", summary.Text, StringComparison.Ordinal);
            })
            .AssertReplyContains("Klopt alles?");
    }

    [Fact]
    public async Task TheAfsprakenCanBeChosenAgainFromTheSummary()
    {
        await ToSummary(NewFlow())
            .Send("Iets wijzigen").AssertReplyContains("Wat wil je wijzigen?")
            .Send("Afspraken").AssertReplyContains("wederkerigheid").AssertReplyContains("Wat gaan jullie als bewoners doen?")
            .Send("Onderhoud").AssertReplyContains("Genoteerd: Wij zorgen samen voor het onderhoud.").AssertReplyContains("als bewoners doen?")
            .Send("Klaar").AssertReplyContains("Wat vragen jullie van de gemeente?")
            .Send("Geld").AssertReplyContains("Hoeveel geld")
            .Send("800").AssertReplyContains("Genoteerd: ").AssertReplyContains("van de gemeente?")
            .Send("Klaar")
            .AssertReply(summary =>
            {
                Assert.Contains("• Wij zorgen samen voor het onderhoud.", summary.Text, StringComparison.Ordinal);
                Assert.Contains("(ongeveer € 800)", summary.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Wij vragen de buren", summary.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("advies", summary.Text, StringComparison.Ordinal);
            })
            .AssertReplyContains("Klopt alles?");
    }

    [Fact]
    public async Task TerugAsksThePreviousQuestionAgainAndTheNewAnswerCounts()
    {
        await ToTitle(NewFlow())
            .Send("Bankje bij de speeltuin").AssertReplyContains("Vertel wat je idee is")
            .Send("terug").AssertReplyContains("korte titel")
            .Send("Bankje bij de vijver").AssertReplyContains("Vertel wat je idee is")
            .Send("Een bankje.").AssertReplyContains("Wat wil je ermee bereiken?")
            .Send("Rust.").AssertReplyContains("Hoeveel buren")
            .Send("5").AssertReplyContains("Waar precies?")
            .Send("Overslaan").AssertReplyContains("wederkerigheid").AssertReplyContains("als bewoners doen?")
            .Send("Buren vragen").AssertReplyContains("Genoteerd").AssertReplyContains("als bewoners doen?")
            .Send("Klaar").AssertReplyContains("van de gemeente?")
            .Send("Advies").AssertReplyContains("Genoteerd").AssertReplyContains("van de gemeente?")
            .Send("Klaar").AssertReplyContains("Titel: Bankje bij de vijver").AssertReplyContains("Klopt alles?");
    }

    [Fact]
    public async Task NoButtonOfTheSummaryIsAlsoACommandThatWouldInterruptIt()
    {
        var flow = ToSummary(NewFlow(), check: false);
        OutboundMessage? question = null;
        await flow.AssertReply(_ => { }).AssertReply(reply => question = reply);

        Assert.All(question!.Choices, choice => Assert.Null(GlobalCommandRecognizer.Recognize(InboundMessage.FromText(choice.Title))));
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("🎉🎉🎉")]
    [InlineData("!!! ???")]
    public async Task ATitleWithoutWordsIsAskedAgainWithWhatIsWrong(string title)
    {
        await ToTitle(NewFlow())
            .Send(title).AssertReply("Je titel is leeg of heeft geen letters. Typ een paar woorden.")
            .Send("Bankje bij de speeltuin").AssertReplyContains("Vertel wat je idee is");
    }

    [Fact]
    public async Task ATitleOf81CharactersIsToldItsLengthAndTheMaximum()
    {
        var tooLong = new string('a', 76) + " bank";
        Assert.Equal(81, tooLong.Length);

        await ToTitle(NewFlow())
            .Send(tooLong).AssertReply("Je titel heeft 81 tekens. Dat is te lang: het mag 80 tekens zijn. Kun je hem korter maken?")
            .Send(tooLong[1..]).AssertReplyContains("Vertel wat je idee is");
    }

    [Fact]
    public async Task ADescriptionOf5000CharactersIsKeptAndInkortenKeepsItsFirstPart()
    {
        var description = string.Join(" ", Enumerable.Range(0, 1000).Select(i => $"w{i % 10}rd"));
        Assert.True(description.Length > 4000);

        await ToDescription(NewFlow())
            .Send(description).AssertReplyContains($"Je tekst heeft {description.Length} tekens.")
            .Send("inkorten").AssertReplyContains("Wat wil je ermee bereiken?")
            .Send("Rust.").AssertReplyContains("Hoeveel buren")
            .Send("5").AssertReplyContains("Waar precies?")
            .Send("Overslaan").AssertReplyContains("wederkerigheid").AssertReplyContains("als bewoners doen?")
            .Send("Buren vragen").AssertReplyContains("Genoteerd").AssertReplyContains("als bewoners doen?")
            .Send("Klaar").AssertReplyContains("van de gemeente?")
            .Send("Advies").AssertReplyContains("Genoteerd").AssertReplyContains("van de gemeente?")
            .Send("Klaar").AssertReplyContains("Dit is je initiatief:").AssertReplyContains("Klopt alles?")
            .Send("Indienen").AssertReplyContains("is ingediend").AssertReplyContains("Mag je initiatief openbaar worden?")
            .Send("Nee, liever niet").AssertReplyContains("blijft niet openbaar").AssertReplyContains("Wat wil je doen?");

        var stored = Assert.Single(_host.Initiatieven).Description;
        Assert.InRange(stored.Length, 3000, 4000);
        Assert.StartsWith(stored, description, StringComparison.Ordinal);
        Assert.Equal(TextRules.Shorten(description, 4000), stored);
    }

    [Fact]
    public async Task ADescriptionThatIsTooLongCanBeSentAgainShorter()
    {
        await ToDescription(NewFlow())
            .Send(new string('x', 2000) + " " + new string('y', 2999)).AssertReplyContains("Je tekst is niet weg.")
            .Send("Een houten bankje bij de zandbak.").AssertReplyContains("Wat wil je ermee bereiken?")
            .Send("terug").AssertReplyContains("Vertel wat je idee is")
            .Send("Twee bankjes.").AssertReplyContains("Wat wil je ermee bereiken?");
    }

    [Fact]
    public async Task EmojiOnlyAnswersToTheOtherTextQuestionsAreAskedAgain()
    {
        await ToDescription(NewFlow())
            .Send("😀👍").AssertReply("Ik zie geen woorden in je antwoord. Typ het in een paar woorden.")
            .Send("Een bankje.").AssertReplyContains("Wat wil je ermee bereiken?")
            .Send("🌳🌳").AssertReply("Ik zie geen woorden in je antwoord. Typ het in een paar woorden.")
            .Send("Rust.").AssertReplyContains("Hoeveel buren")
            .Send("👨‍👩‍👧").AssertReplyContains("Typ een getal")
            .Send("5").AssertReplyContains("Waar precies?")
            .Send("Overslaan").AssertReplyContains("wederkerigheid").AssertReplyContains("als bewoners doen?")
            .Send("Zelf iets toevoegen").AssertReplyContains("Typ het in één zin.")
            .Send("🙂").AssertReply("Ik zie geen woorden in je antwoord. Typ het in een paar woorden.")
            .Send("Wij schilderen het bankje.").AssertReplyContains("Genoteerd: Wij schilderen het bankje.").AssertReplyContains("als bewoners doen?");
    }

    [Fact]
    public async Task AShortTypedWijkThatIsNotInHilversumIsAskedAgainWithAllWijken()
    {
        await ToWijk(NewFlow())
            .Send("Amsterdam")
            .AssertReply(retry =>
            {
                Assert.StartsWith("Die wijk ken ik niet.", retry.Text, StringComparison.Ordinal);
                Assert.Equal(
                    ["Centrum", "Noordwest", "Noordoost", "Oost", "Zuidoost", "Zuid", "Zuidwest", "Hilversumse Meent"],
                    retry.Choices.Select(c => c.Title));
            })
            .Send("Centrum").AssertReplyContains("En in welke buurt?");
    }

    [Fact]
    public async Task TheLocationQuestionOffersOverslaanAsAButton()
    {
        await ToDescription(NewFlow())
            .Send("Een bankje.").AssertReplyContains("Wat wil je ermee bereiken?")
            .Send("Rust.").AssertReplyContains("Hoeveel buren")
            .Send("5").AssertChoices("Overslaan");
    }

    [Fact]
    public async Task ASharedPointOutsideHilversumIsAskedAgainAndOneInsideNamesItsWijk()
    {
        await ToDescription(NewFlow())
            .Send("Een bankje.").AssertReplyContains("Wat wil je ermee bereiken?")
            .Send("Rust.").AssertReplyContains("Hoeveel buren")
            .Send("5").AssertReplyContains("Waar precies?")
            // Utrecht: not in the gemeente, so not taken as the place of the idee.
            .Send(new InboundMessage { Location = new GeoLocation(52.0907, 5.1214) })
            .AssertReply(retry =>
            {
                Assert.StartsWith("Die plek ligt buiten Hilversum.", retry.Text, StringComparison.Ordinal);
                Assert.Equal(["Overslaan"], retry.Choices.Select(c => c.Title));
            })
            .Send(new InboundMessage { Location = new GeoLocation(52.2245, 5.1765) })
            .AssertReplyContains("Die plek ligt in wijk Centrum.");
    }

    [Fact]
    public async Task AskingForAPersonMidIntakeGoesToTheRelay()
    {
        await ToTitle(NewFlow())
            .Send("mens").AssertNoMoreReplies();

        Assert.Single(_host.HumanRequests);
    }

    private DialogTestFlow NewFlow() => new(_bot, capabilities: WebChat, afterTurn: _host.CarryOut) { ConsentGiven = true };

    private static DialogTestFlow ToWijk(DialogTestFlow flow) => flow
        .Send("hallo").AssertReplyContains("Wat wil je doen?")
        .Send("Nieuw initiatief").AssertReplyContains("Leuk dat je een idee hebt").AssertReplyContains("In welke wijk is je idee?");

    private static DialogTestFlow ToTitle(DialogTestFlow flow) => ToWijk(flow)
        .Send("Centrum").AssertReplyContains("En in welke buurt?")
        .Send("Havenstraatbuurt").AssertReplyContains("Waar gaat je idee over?")
        .Send("Groen").AssertReplyContains("korte titel");

    private static DialogTestFlow ToDescription(DialogTestFlow flow) => ToTitle(flow)
        .Send("Bankje bij de speeltuin").AssertReplyContains("Vertel wat je idee is");

    private static DialogTestFlow ToSummary(DialogTestFlow flow, bool check = true)
    {
        var steps = ToDescription(flow)
            .Send("Een houten bankje.").AssertReplyContains("Wat wil je ermee bereiken?")
            .Send("Dat ouders elkaar ontmoeten.").AssertReplyContains("Hoeveel buren")
            .Send("5").AssertReplyContains("Waar precies?")
            .Send("Havenstraat 12").AssertReplyContains("wederkerigheid").AssertReplyContains("als bewoners doen?")
            .Send("Buren vragen").AssertReplyContains("Genoteerd").AssertReplyContains("als bewoners doen?")
            .Send("Klaar").AssertReplyContains("van de gemeente?")
            .Send("Advies").AssertReplyContains("Genoteerd").AssertReplyContains("van de gemeente?")
            .Send("Klaar");
        return check ? steps.AssertReplyContains("Dit is je initiatief:").AssertReplyContains("Klopt alles?") : steps;
    }
}
