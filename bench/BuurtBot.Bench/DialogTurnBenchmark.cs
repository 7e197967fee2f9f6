using BenchmarkDotNet.Attributes;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Bench;

/// <summary>
/// One resident turn in memory, as the host runs it: load the saved stack, answer a choice prompt,
/// run the next waterfall step (which asks the next choice), save the stack.
/// </summary>
[MemoryDiagnoser]
public class DialogTurnBenchmark
{
    private static readonly ConversationReference Conversation = new(Guid.Empty, "bench");
    private static readonly InboundMessage Answer = InboundMessage.FromText("2");

    private DialogBot<ComponentDialog> _bot = null!;
    private string _savedState = "";

    [GlobalSetup]
    public void Setup()
    {
        var main = new ComponentDialog("initiatief");
        main.AddDialog(new WaterfallDialog("stappen", [
            (step, ct) => step.PromptAsync("keuze", Question("Welk thema past bij je idee?", "Groen", "Spelen & bewegen", "Ontmoeting", "Anders"), ct),
            (step, ct) => step.PromptAsync("keuze", Question("In welke wijk?", "Centrum", "Noordwest", "Oost", "Zuid"), ct),
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        ]));
        main.AddDialog(new ChoicePrompt("keuze"));
        _bot = new DialogBot<ComponentDialog>(main);

        var first = new TurnContext(InboundMessage.FromText("hallo"), Conversation, TimeProvider.System);
        _savedState = _bot.OnTurnAsync(first, null, CancellationToken.None).GetAwaiter().GetResult()!;
    }

    [Benchmark]
    public string? OneTurn()
    {
        var turn = new TurnContext(Answer, Conversation, TimeProvider.System);
        return _bot.OnTurnAsync(turn, _savedState, CancellationToken.None).GetAwaiter().GetResult();
    }

    private static PromptOptions Question(string text, params string[] choices) =>
        new() { Prompt = text, Choices = choices.Select(ReplyChoice.Of).ToArray() };
}
