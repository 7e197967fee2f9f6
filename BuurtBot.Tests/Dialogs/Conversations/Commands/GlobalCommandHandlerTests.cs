using BuurtBot.Dialogs.Conversations;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Tests.Dialogs.Engine;
using BuurtBot.Tests.Testing;
using static BuurtBot.Tests.Dialogs.Engine.TestDialogs;

namespace BuurtBot.Tests.Dialogs.Conversations.Commands;

/// <summary>Global commands go before the active dialog, handled in the same turn on the same stack.</summary>
public sealed class GlobalCommandHandlerTests
{
    private static DialogTestFlow ThreeQuestions() =>
        WithCommands(
            Ask("text", "Hoe heet je idee?"),
            EchoAndAsk("Titel", "choice", "Welk thema?", "Groen", "Spelen"),
            EchoAndAsk("Thema", "number", "Met hoeveel mensen?"),
            Echo("Aantal"));

    [Fact]
    public async Task StopCancelsTheConversation()
    {
        var flow = ThreeQuestions();
        await flow
            .Send("hallo").AssertReply("Hoe heet je idee?")
            .Send("stop").AssertReplyContains("ik stop");

        Assert.Empty(DialogStateSerializer.Deserialize(flow.SavedState).DialogStack);
        await flow.Send("hallo").AssertReply("Hoe heet je idee?");
    }

    [Fact]
    public async Task HelpExplainsTheCommandsAndAsksTheQuestionAgain()
    {
        await ThreeQuestions()
            .Send("hallo").AssertReply("Hoe heet je idee?")
            .Send("help").AssertReplyContains("'terug'").AssertReply("Hoe heet je idee?")
            .Send("Bankje").AssertReply("Titel: Bankje").AssertReply("Welk thema?");
    }

    [Fact]
    public async Task MenuStartsTheMainDialogAgain()
    {
        await ThreeQuestions()
            .Send("hallo").AssertReply("Hoe heet je idee?")
            .Send("Bankje").AssertReply("Titel: Bankje").AssertReply("Welk thema?")
            .Send("menu").AssertReply("Hoe heet je idee?");
    }

    [Fact]
    public async Task TerugAsksThePreviousQuestionAgainAndTheAnswerFlowsOn()
    {
        await ThreeQuestions()
            .Send("hallo").AssertReply("Hoe heet je idee?")
            .Send("Bankje").AssertReply("Titel: Bankje").AssertReply("Welk thema?")
            .Send("groen").AssertReply("Thema: 0:Groen").AssertReply("Met hoeveel mensen?")
            .Send("terug").AssertChoices("Groen", "Spelen")
            .Send("spelen").AssertReply("Thema: 1:Spelen").AssertReply("Met hoeveel mensen?")
            .Send("terug").AssertReply(_ => { })
            .Send("terug").AssertReply("Hoe heet je idee?")
            .Send("Speeltuin").AssertReply("Titel: Speeltuin").AssertReply("Welk thema?");
    }

    [Fact]
    public async Task TerugAtTheFirstQuestionSaysSoAndAsksAgain()
    {
        await ThreeQuestions()
            .Send("hallo").AssertReply("Hoe heet je idee?")
            .Send("terug").AssertReplyContains("eerste vraag").AssertReply("Hoe heet je idee?");
    }

    [Fact]
    public async Task TerugWorksInsideANestedComponentAndLeavesItAtItsFirstQuestion()
    {
        var details = new ComponentDialog("details");
        details.AddDialog(new WaterfallDialog("details-flow", [
            Ask("details-text", "Wat is nodig?"),
            EchoAndAsk("Nodig", "details-number", "Wat kost het?"),
            (step, ct) => step.EndDialogAsync($"kost {step.Result}", ct),
        ]));
        details.AddDialog(new TextPrompt("details-text"));
        details.AddDialog(new NumberPrompt<int>("details-number"));
        var bot = WithCommands(new TestMainDialog(
            [Ask("text", "Hoe heet je idee?"), (step, ct) => step.BeginDialogAsync("details", null, ct), Echo("Klaar")], details));

        await new DialogTestFlow(bot)
            .Send("hallo").AssertReply("Hoe heet je idee?")
            .Send("Bankje").AssertReply("Wat is nodig?")
            .Send("hout").AssertReply("Nodig: hout").AssertReply("Wat kost het?")
            .Send("terug").AssertReply("Wat is nodig?")
            .Send("terug").AssertReply("Hoe heet je idee?")
            .Send("Speeltuin").AssertReply("Wat is nodig?")
            .Send("zand").AssertReply("Nodig: zand").AssertReply("Wat kost het?")
            .Send("500").AssertReply("Klaar: kost 500");
    }

    [Fact]
    public async Task AskingForAPersonReachesTheHostAndKeepsTheConversation()
    {
        var flow = ThreeQuestions();
        await flow
            .Send("hallo").AssertReply("Hoe heet je idee?")
            .Send("ik wil een medewerker").AssertNoMoreReplies()
            .Send("help").AssertReplyContains("'terug'").AssertReply("Hoe heet je idee?")
            .Send("Bankje").AssertReply("Titel: Bankje").AssertReply("Welk thema?");
        Assert.Equal<AfterTurnWork>([new HandOffToCoordinator("asked")], flow.AfterTurn);
    }

    [Fact]
    public async Task AskingForAPersonIsWorkForTheHostRatherThanAReplyOfTheBot()
    {
        // The host's handoff tells the resident what happens next (HandoffTexts.Queued), once the
        // turn is saved; the conversation itself adds nothing.
        var flow = ThreeQuestions();
        await flow
            .Send("hallo").AssertReply("Hoe heet je idee?")
            .Send("coördinator").AssertNoMoreReplies();
        Assert.Equal<AfterTurnWork>([new HandOffToCoordinator("asked")], flow.AfterTurn);
    }
}
