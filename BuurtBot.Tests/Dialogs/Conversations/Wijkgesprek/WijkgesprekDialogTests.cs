using BuurtBot.Dialogs.Conversations.Wijkgesprek;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Domain.Wijkjaren;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Tests.Testing;

namespace BuurtBot.Tests.Dialogs.Conversations.Wijkgesprek;

/// <summary>The wijkgesprek turn by turn, answered as residents type: thema words, typos, sentences, "ja hoor", "sla over".</summary>
public sealed class WijkgesprekDialogTests
{
    private readonly FakeWijkgesprekStore _store = new();

    private static readonly AreaCatalog Areas = AreaCatalogLoader.FromEmbeddedDefault();

    /// <summary>From the menu: the wijkgesprek is the conversation.</summary>
    private DialogTestFlow Flow() => new(new DialogBot<WijkgesprekDialog>(new WijkgesprekDialog(Areas, _store)));

    /// <summary>From the wijkanalyse phase: the job's event begins it.</summary>
    private DialogTestFlow Invited() =>
        new(new DialogBot<MonitoringApp.MenuDialog>(new MonitoringApp.MenuDialog(), eventDialogs: [new WijkgesprekDialog(Areas, _store)]));

    [Fact]
    public async Task ThreeQuestionsTakeAThemaASentenceAndASkipAndABareYesGetsTheQuestionExplained()
    {
        _store.Wijk = "Centrum";
        await Flow()
            .Send("hallo")
            .AssertReply("Zo staat Centrum er in 2026 voor. Ideeën van bewoners: 3. Buurtdeals: 1. Afspraken klaar: 2 van de 5.")
            .AssertReply(reply =>
            {
                Assert.Equal("Vraag 1 van 3. Wat is goed in Centrum? Kies een onderwerp, of schrijf het in een zin.", reply.Text);
                Assert.Equal("Groen", reply.Choices[0].Title);
                Assert.Equal("Sla over", reply.Choices[^1].Title);
            })
            .Send("groen")
            .AssertReplyContains("Vraag 2 van 3. Wat moet anders in Centrum?")
            .Send("ja hoor")
            .AssertReply("Kies een onderwerp, schrijf een zin, of tik op 'Sla over'.")
            .Send("Er wordt te hard gereden in de Kerkstraat, dat is gevaarlijk voor de kinderen")
            .AssertReplyContains("Vraag 3 van 3.")
            .Send("sla over")
            .AssertReplyContains("Dank je wel! Het wijkteam van Centrum leest je antwoorden.")
            .AssertNoMoreReplies();

        var saved = Assert.Single(_store.Saved);
        Assert.Equal("Centrum", saved.Wijk);
        Assert.Collection(
            saved.Replies,
            r => Assert.Equal((WijkgesprekVraag.Goed, (Thema?)Thema.Groen, (string?)null), (r.Vraag, r.Thema, r.Text)),
            r =>
            {
                Assert.Equal(WijkgesprekVraag.Anders, r.Vraag);
                Assert.Equal("Er wordt te hard gereden in de Kerkstraat, dat is gevaarlijk voor de kinderen", r.Text);
            });
    }

    [Fact]
    public async Task TheWijkanalyseInvitationAsksFirstAndAskTheWijkWhenTheChatDoesNotKnowIt()
    {
        _store.Initiatieven = 0;
        await Invited()
            .Send(InboundMessage.ForEvent(WijkgesprekDialog.DialogId, $"{WijkgesprekDialog.InviteOption}|Oost"))
            .AssertReply(reply =>
            {
                Assert.StartsWith("Hallo! De komende weken praten we met bewoners van Oost. Wat gaat goed in je wijk?", reply.Text, StringComparison.Ordinal);
                Assert.Equal(["Ja, ik praat mee", "Nu niet"], reply.Choices.Select(c => c.Title));
            })
            .Send("ja hoor")
            .AssertReply("In welke wijk woon je?")
            .Send("oost")
            .AssertReply("Oost in 2026: er zijn nog geen initiatieven van bewoners. Misschien komt het eerste van jou!")
            .AssertReplyContains("Vraag 1 van 3")
            .Send("jongren")
            .AssertReplyContains("Vraag 2 van 3")
            .Send("nee")
            .AssertReplyContains("Vraag 3 van 3")
            .Send("Ik wil best een keer per maand helpen met de moestuin")
            .AssertReplyContains("Dank je wel!")
            .AssertNoMoreReplies();

        var saved = Assert.Single(_store.Saved);
        Assert.Equal("Oost", saved.Wijk);
        Assert.Collection(
            saved.Replies,
            r => Assert.Equal((WijkgesprekVraag.Goed, (Thema?)Thema.Jongeren, (string?)null), (r.Vraag, r.Thema, r.Text)),
            r => Assert.Equal((WijkgesprekVraag.Zelf, "Ik wil best een keer per maand helpen met de moestuin"), (r.Vraag, r.Text)));
    }

    [Fact]
    public async Task NotNowEndsWithoutAskingAndSkippingEverythingSavesNothing()
    {
        await Invited()
            .Send(InboundMessage.ForEvent(WijkgesprekDialog.DialogId, $"{WijkgesprekDialog.InviteOption}|Zuid"))
            .AssertReplyContains("Praat je mee?")
            .Send("nu niet")
            .AssertReply("Dat is goed. Je kunt later meepraten via het menu: 'Praat mee over je wijk'.")
            .AssertNoMoreReplies();
        _store.Wijk = "Zuid";
        await Flow()
            .Send("hoi").AssertReplyContains("Zo staat Zuid er in").AssertReplyContains("Vraag 1")
            .Send("Sla over").AssertReplyContains("Vraag 2")
            .Send("niks").AssertReplyContains("Vraag 3")
            .Send("weet ik niet").AssertReply("Je hebt alle vragen overgeslagen. Dat mag. Je kunt later altijd meepraten via het menu.")
            .AssertNoMoreReplies();
        Assert.Empty(_store.Saved);
    }

    [Theory]
    [InlineData("Groen", "Groen", null)]
    [InlineData("spelen en bewegen", "SpelenEnBewegen", null)]
    [InlineData("veiligheid", "VeiligheidEnOverlast", null)]
    [InlineData("de bomen in het park zijn mooi", "Groen", "de bomen in het park zijn mooi")]
    [InlineData("Iedereen groet elkaar hier", null, "Iedereen groet elkaar hier")]
    [InlineData(WijkgesprekPrompt.SkipValue, null, null)]
    [InlineData("nee hoor", null, null)]
    public void ATypedAnswerBecomesAThemaASentenceOrASkip(string typed, string? thema, string? text)
    {
        var choices = ThemaCatalog.All.Select(t => new ReplyChoice(ThemaCatalog.DisplayName(t, "nl"), t.ToString())).ToList();
        var pick = WijkgesprekPrompt.Recognize(typed, choices);
        Assert.NotNull(pick);
        Assert.Equal(thema, pick.Thema?.ToString());
        Assert.Equal(text, pick.Text);
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("ja hoor")]
    [InlineData("  ")]
    [InlineData("?!")]
    public void AnAnswerThatSaysNothingIsAskedAgain(string typed) =>
        Assert.Null(WijkgesprekPrompt.Recognize(typed, [new ReplyChoice("Groen", "Groen")]));

    private sealed class FakeWijkgesprekStore : IWijkgesprekStore
    {
        public string? Wijk { get; set; }

        public int Initiatieven { get; set; } = 3;

        public List<WijkgesprekAnswers> Saved { get; } = [];

        public Task<string?> WijkOfAsync(string residentId, CancellationToken cancellationToken) => Task.FromResult(Wijk);

        public Task<WijkInCijfers> CijfersAsync(string wijk, CancellationToken cancellationToken) =>
            Task.FromResult(Initiatieven == 0 ? new WijkInCijfers(2026, 0, 0, 0, 0) : new WijkInCijfers(2026, Initiatieven, 1, 2, 5));

        public Task SaveAsync(WijkgesprekAnswers answers, CancellationToken cancellationToken)
        {
            Saved.Add(answers);
            return Task.CompletedTask;
        }
    }
}
