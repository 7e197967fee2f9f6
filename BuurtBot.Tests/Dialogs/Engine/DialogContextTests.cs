using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;
using Microsoft.Extensions.Time.Testing;

namespace BuurtBot.Tests.Dialogs.Engine;

/// <summary>The stack operations, on a DialogContext directly.</summary>
public sealed class DialogContextTests
{
    private readonly DialogSet _dialogs = new();
    private readonly DialogState _state = new();

    public DialogContextTests()
    {
        _dialogs.Add(new TextPrompt("text"));
        _dialogs.Add(new WaterfallDialog("two-questions", [
            TestDialogs.Ask("text", "Eerste?"),
            TestDialogs.EchoAndAsk("Eerste", "text", "Tweede?"),
            (step, ct) => step.EndDialogAsync($"klaar na {step.Result}", ct),
        ]));
    }

    [Fact]
    public async Task ContinueOnAnEmptyStackReportsEmpty()
    {
        var result = await Context("hallo").ContinueDialogAsync();

        Assert.Equal(DialogTurnStatus.Empty, result.Status);
    }

    [Fact]
    public async Task BeginPushesTheDialogAndWaitsForItsPrompt()
    {
        var dc = Context("hallo");

        var result = await dc.BeginDialogAsync("two-questions");

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Equal(["text", "two-questions"], _state.DialogStack.Select(instance => instance.Id));
        Assert.Equal("Eerste?", Assert.Single(dc.Context.Replies).Text);
        Assert.Equal(InputHint.ExpectingInput, dc.Context.Replies[0].InputHint);
    }

    [Fact]
    public async Task ContinueGivesTheAnswerToTheNextStepAndCompletesAtTheEnd()
    {
        await Context("hallo").BeginDialogAsync("two-questions");
        var second = Context("een");
        await second.ContinueDialogAsync();

        var result = await Context("twee").ContinueDialogAsync();

        Assert.Equal(["Eerste: een", "Tweede?"], second.Context.Replies.Select(reply => reply.Text));
        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "klaar na twee"), result);
        Assert.Empty(_state.DialogStack);
    }

    [Fact]
    public async Task EndDialogResumesTheDialogBelowWithTheResult()
    {
        var dc = Context("x");
        await dc.BeginDialogAsync("two-questions");

        await dc.EndDialogAsync("antwoord");

        Assert.Equal("Eerste: antwoord", dc.Context.Replies[^2].Text);
        Assert.Equal("text", dc.ActiveDialog!.Id);
    }

    [Fact]
    public async Task ReplaceSwapsTheActiveDialogWithoutResumingTheOneBelow()
    {
        var dc = Context("x");
        await dc.BeginDialogAsync("two-questions");

        await dc.ReplaceDialogAsync("text", new PromptOptions { Prompt = "Iets anders?" });

        Assert.Equal(["text", "two-questions"], _state.DialogStack.Select(instance => instance.Id));
        Assert.Equal("Iets anders?", dc.Context.Replies[^1].Text);
    }

    [Fact]
    public async Task CancelAllEmptiesTheStack()
    {
        var dc = Context("x");
        await dc.BeginDialogAsync("two-questions");

        var result = await dc.CancelAllDialogsAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, result.Status);
        Assert.Empty(_state.DialogStack);
    }

    [Fact]
    public async Task CancelAllOnAnEmptyStackReportsEmpty()
    {
        var result = await Context("x").CancelAllDialogsAsync();

        Assert.Equal(DialogTurnStatus.Empty, result.Status);
    }

    [Fact]
    public async Task RepromptAsksTheOpenQuestionAgain()
    {
        await Context("x").BeginDialogAsync("two-questions");
        var dc = Context("help");

        await dc.RepromptDialogAsync();

        Assert.Equal("Eerste?", Assert.Single(dc.Context.Replies).Text);
    }

    [Fact]
    public async Task BeginningAnUnknownDialogSaysHowToFixIt()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Context("x").BeginDialogAsync("missing"));

        Assert.Contains("AddDialog", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APromptNeedsPromptOptions()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Context("x").BeginDialogAsync("text", "niet goed"));

        Assert.Contains("PromptOptions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddingTwoDialogsWithOneIdIsRefused()
    {
        Assert.Throws<ArgumentException>(() => _dialogs.Add(new TextPrompt("text")));
    }

    [Fact]
    public async Task WaterfallOptionsMustBeSaveable()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Context("x").BeginDialogAsync("two-questions", new Uri("https://example.org")));

        Assert.Contains("JSON text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextAsyncRunsTheNextStepAtOnceButOnlyOnce()
    {
        var calls = new List<string>();
        _dialogs.Add(new WaterfallDialog("skip", [
            async (step, ct) =>
            {
                var result = await step.NextAsync("overgeslagen", ct);
                await Assert.ThrowsAsync<InvalidOperationException>(() => step.NextAsync(null, ct));
                return result;
            },
            (step, ct) =>
            {
                calls.Add($"{step.Index}:{step.Reason}:{step.Result}");
                return step.EndDialogAsync(null, ct);
            },
        ]));

        var turn = await Context("x").BeginDialogAsync("skip");

        Assert.Equal(DialogTurnStatus.Complete, turn.Status);
        Assert.Equal(["1:NextCalled:overgeslagen"], calls);
    }

    [Fact]
    public async Task WaterfallValuesAndOptionsSurviveBetweenTurns()
    {
        _dialogs.Add(new WaterfallDialog("values", [
            (step, ct) =>
            {
                step.SetValue("draft", new Draft("Bankje", 3));
                return TestDialogs.Ask("text", "Naam?")(step, ct);
            },
            (step, ct) => step.EndDialogAsync($"{step.Options} {step.GetValue<Draft>("draft")} {step.Result}", ct),
        ]));
        await Context("x").BeginDialogAsync("values", "opties");
        var reloaded = DialogStateSerializer.Deserialize(DialogStateSerializer.Serialize(_state));

        var result = await _dialogs.CreateContext(Turn("Ans"), reloaded).ContinueDialogAsync();

        Assert.Equal("opties Draft { Title = Bankje, Count = 3 } Ans", result.Result);
    }

    [Fact]
    public async Task AComponentRunsItsOwnStackAndReturnsItsResultToTheOuterWaterfall()
    {
        var inner = new ComponentDialog("inner");
        inner.AddDialog(new WaterfallDialog("inner-flow", [
            TestDialogs.Ask("inner-text", "Binnen?"),
            (step, ct) => step.EndDialogAsync($"binnen={step.Result}", ct),
        ]));
        inner.AddDialog(new TextPrompt("inner-text"));
        _dialogs.Add(inner);
        _dialogs.Add(new WaterfallDialog("outer", [
            (step, ct) => step.BeginDialogAsync("inner", null, ct),
            (step, ct) => step.EndDialogAsync($"buiten({step.Result})", ct),
        ]));
        await Context("x").BeginDialogAsync("outer");
        Assert.Equal(["inner", "outer"], _state.DialogStack.Select(instance => instance.Id));

        var result = await Context("bankje").ContinueDialogAsync();

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "buiten(binnen=bankje)"), result);
    }

    private DialogContext Context(string text) => _dialogs.CreateContext(Turn(text), _state);

    private static TurnContext Turn(string text) =>
        new(InboundMessage.FromText(text), new ConversationReference(Guid.Empty, "test"), new FakeTimeProvider());

    private sealed record Draft(string Title, int Count);
}
