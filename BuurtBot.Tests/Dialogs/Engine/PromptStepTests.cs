using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;
using static BuurtBot.Tests.Dialogs.Engine.TestDialogs;

namespace BuurtBot.Tests.Dialogs.Engine;

/// <summary>A prompt with a named step marks, on the turn, that it asked, asked again or got its answer; state saved between turns.</summary>
public sealed class PromptStepTests
{
    private static readonly PromptStep Thema = new("intake", "thema");

    [Fact]
    public async Task ANamedPromptMarksAskedReaskedAndAnsweredAndANamelessOneNothing()
    {
        var bot = new DialogBot<TestMainDialog>(new TestMainDialog([
            (step, ct) => step.PromptAsync("choice", new PromptOptions { Prompt = "Thema?", Choices = [ReplyChoice.Of("Groen"), ReplyChoice.Of("Spelen")], Step = Thema }, ct),
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = "Titel?" }, ct),
            Echo("Antwoord"),
        ]));
        string? state = null;
        async Task<IReadOnlyList<StepMark>> TurnAsync(string text)
        {
            var turn = new TurnContext(InboundMessage.FromText(text), new ConversationReference(Guid.Empty, "test"), TimeProvider.System);
            state = await bot.OnTurnAsync(turn, state, CancellationToken.None);
            return turn.Steps;
        }

        Assert.Equal([new StepMark(Thema, StepOutcome.Asked)], await TurnAsync("hallo"));
        Assert.Equal([new StepMark(Thema, StepOutcome.Reasked)], await TurnAsync("wat bedoel je"));

        // A greeting is no miss: nothing is marked.
        Assert.Empty(await TurnAsync("hoi"));
        Assert.Equal([new StepMark(Thema, StepOutcome.Answered)], await TurnAsync("groen"));
        Assert.Empty(await TurnAsync("Een bankje"));
    }
}
