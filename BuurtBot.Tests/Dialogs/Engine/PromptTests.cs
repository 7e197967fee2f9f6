using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Tests.Testing;
using static BuurtBot.Tests.Dialogs.Engine.TestDialogs;

namespace BuurtBot.Tests.Dialogs.Engine;

/// <summary>Every prompt, through a DialogBot, with state saved and reloaded between turns.</summary>
public sealed class PromptTests
{
    [Fact]
    public async Task TextPromptAcceptsAnyTextAndRetriesOnNone()
    {
        await OnePrompt("text")
            .Send("hallo").AssertReply(reply => Assert.Equal(("Vraag?", InputHint.ExpectingInput), (reply.Text, reply.InputHint)))
            .Send(new InboundMessage { Text = "  " }).AssertReply("Sorry, ik begrijp je niet. Typ je antwoord. Vraag?")
            .Send("  Bankje bij de school ").AssertReply("Antwoord: Bankje bij de school");
    }

    [Fact]
    public async Task NumberPromptReadsDigitsAndDutchWords()
    {
        await OnePrompt("number")
            .Send("hallo").AssertReply("Vraag?")
            .Send("drie").AssertReply("Antwoord: 3");
        await OnePrompt("number")
            .Send("hallo").AssertReply("Vraag?")
            .Send("2,5").AssertReplyContains("Typ een getal")
            .Send("ongeveer 12").AssertReply("Antwoord: 12");
    }

    [Fact]
    public async Task ChoicePromptSendsButtonsAndAcceptsTitleNumberOrPart()
    {
        await OnePrompt("choice", "Groen en natuur", "Spelen & bewegen", "Ontmoeting")
            .Send("hallo").AssertChoices("Groen en natuur", "Spelen & bewegen", "Ontmoeting")
            .Send("groen").AssertReply("Antwoord: 0:Groen en natuur");
        await OnePrompt("choice", "Groen en natuur", "Spelen & bewegen", "Ontmoeting")
            .Send("hallo").AssertReply(_ => { })
            .Send("3").AssertReply("Antwoord: 2:Ontmoeting");
    }

    [Fact]
    public async Task ChoicePromptAcceptsATappedButtonValue()
    {
        var bot = new DialogBot<TestMainDialog>(new TestMainDialog([
            (step, ct) => step.PromptAsync("choice", new PromptOptions { Prompt = "Wijk?", Choices = [new ReplyChoice("Hilversum Centrum", "WK040200")] }, ct),
            Echo("Antwoord"),
        ]));

        await new DialogTestFlow(bot)
            .Send("hallo").AssertReply("Wijk?")
            .Tap(new ReplyChoice("Hilversum Centrum", "WK040200")).AssertReply("Antwoord: 0:WK040200");
    }

    [Fact]
    public async Task AnAmbiguousChoiceIsAskedAgainWithOnlyTheCandidates()
    {
        await OnePrompt("choice", "Speeltuin", "Groen", "Speelveld")
            .Send("hallo").AssertReply(_ => { })
            .Send("speel").AssertReply(reply =>
            {
                Assert.Equal("Welke bedoel je?", reply.Text);
                Assert.Equal(["Speeltuin", "Speelveld"], reply.Choices.Select(choice => choice.Title));
            })
            .Send("2").AssertReply("Antwoord: 2:Speelveld");
    }

    [Fact]
    public async Task MoreChoicesThanTheChannelShowsAreListedWithNumbers()
    {
        var bot = new DialogBot<TestMainDialog>(new TestMainDialog([Ask("choice", "Thema?", "Groen", "Spelen", "Ontmoeting"), Echo("Antwoord")]));

        await new DialogTestFlow(bot, capabilities: new ChannelCapabilities { MaxChoices = 2 })
            .Send("hallo").AssertReply(reply =>
            {
                Assert.Equal("Thema?\n1. Groen\n2. Spelen\n3. Ontmoeting", reply.Text);
                Assert.Empty(reply.Choices);
                Assert.Equal(InputHint.ExpectingInput, reply.InputHint);
            })
            .Send("3").AssertReply("Antwoord: 2:Ontmoeting");
    }

    [Fact]
    public async Task ConfirmPromptOffersJaNeeAndUnderstandsTypedAnswers()
    {
        await OnePrompt("confirm")
            .Send("hallo").AssertChoices("Ja", "Nee")
            .Send("misschien").AssertReply(reply => Assert.Equal("Sorry, dat begreep ik niet. Antwoord met ja of nee.", reply.Text))
            .Send("👍").AssertReply("Antwoord: ja");
    }

    [Fact]
    public async Task ConfirmPromptSpeaksEnglishToEnglishResidents()
    {
        var bot = new DialogBot<TestMainDialog>(new TestMainDialog([Ask("confirm", "OK?"), Echo("Answer")]));

        await new DialogTestFlow(bot, locale: "en-GB")
            .Send("hi").AssertChoices("Yes", "No")
            .Send("nope").AssertReply("Answer: nee");
    }

    [Fact]
    public async Task DatePromptUsesTodayInAmsterdam()
    {
        // 23:30 UTC on 10 March is already 11 March in Amsterdam.
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2027, 3, 10, 23, 30, 0, TimeSpan.Zero));
        var bot = new DialogBot<TestMainDialog>(new TestMainDialog([Ask("date", "Wanneer?"), Echo("Antwoord")]));

        await new DialogTestFlow(bot, time)
            .Send("hallo").AssertReply("Wanneer?")
            .Send("binnenkort").AssertReplyContains("Typ een datum")
            .Send("morgen").AssertReply("Antwoord: 2027-03-12");
    }

    [Fact]
    public async Task LocationPromptTakesASharedPointOrADescription()
    {
        await OnePrompt("location")
            .Send("hallo").AssertReply("Vraag?")
            .Send(new InboundMessage { Location = new GeoLocation(52.22, 5.17) }).AssertReply("Antwoord: 52.22,5.17");
        await OnePrompt("location")
            .Send("hallo").AssertReply("Vraag?")
            .Send("x").AssertReplyContains("Deel je locatie")
            .Send("Kerkstraat, Hilversum").AssertReply("Antwoord: Kerkstraat, Hilversum");
    }

    [Fact]
    public async Task AttachmentPromptWantsAPhoto()
    {
        await OnePrompt("photo")
            .Send("hallo").AssertReply("Vraag?")
            .Send(new InboundMessage { Attachments = [new InboundAttachment("application/pdf", "doc-1")] }).AssertReplyContains("Stuur een foto")
            .Send(new InboundMessage { Attachments = [new InboundAttachment("image/jpeg", "foto-1")] }).AssertReply("Antwoord: foto-1");
    }

    [Fact]
    public async Task AValidatorSeesTheAttemptCountAndMaySendItsOwnRetry()
    {
        var attempts = new List<int>();
        var atLeastTen = new NumberPrompt<int>("big", async (context, ct) =>
        {
            attempts.Add(context.AttemptCount);
            if (context.Recognized is { Succeeded: true, Value: >= 10 })
            {
                return true;
            }

            await context.Context.SendAsync("Minstens 10, graag.", ct);
            return false;
        });
        var bot = new DialogBot<TestMainDialog>(new TestMainDialog([Ask("big", "Hoeveel?"), Echo("Antwoord")], atLeastTen));

        await new DialogTestFlow(bot)
            .Send("hallo").AssertReply("Hoeveel?")
            .Send("3").AssertReply("Minstens 10, graag.")
            .Send("12").AssertReply("Antwoord: 12");
        Assert.Equal([1, 2], attempts);
    }

    [Fact]
    public async Task APromptGivesUpAfterMaxAttemptsAndOffersMenuOrAPerson()
    {
        await WithCommands(Ask("number", "Vraag?"), Echo("Antwoord"))
            .Send("hallo").AssertReply("Vraag?")
            .Send("a").AssertReplyContains("Typ een getal")
            .Send("b").AssertReplyContains("Typ een getal")
            .Send("c").AssertReply(reply =>
            {
                Assert.Contains("medewerker", reply.Text, StringComparison.Ordinal);
                Assert.Equal(["menu", "medewerker"], reply.Choices.Select(choice => choice.Value));
            })
            .Send("Menu").AssertReply("Vraag?");
    }

    [Fact]
    public async Task TheHostHearsWhenAPromptGivesUpAndTheQuestionStaysOpen()
    {
        PromptGaveUp? heard = null;
        var hooks = new DialogBotHooks
        {
            OnPromptGaveUpAsync = async (turn, gaveUp, ct) =>
            {
                heard = gaveUp;
                await turn.SendAsync("Een collega neemt het over.", ct);
            },
        };
        var bot = new DialogBot<TestMainDialog>(new TestMainDialog([Ask("strict", "Getal?"), Echo("Antwoord")], new NumberPrompt<int>("strict") { MaxAttempts = 1 }), hooks);

        var flow = new DialogTestFlow(bot);
        await flow
            .Send("hallo").AssertReply("Getal?")
            .Send("geen idee").AssertReply("Een collega neemt het over.");

        Assert.Equal(new PromptGaveUp("strict", 1), heard);

        // The question stays open: the next answer is read as its answer, nothing asked so far is lost.
        await flow.Send("7").AssertReply("Antwoord: 7");
    }
}
