using System.Globalization;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Choices;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Tests.Testing;

namespace BuurtBot.Tests.Dialogs.Engine;

/// <summary>Small dialogs for engine tests: a main component with one waterfall and every prompt.</summary>
internal sealed class TestMainDialog : ComponentDialog
{
    public TestMainDialog(IEnumerable<WaterfallStep> steps, params Dialog[] extra)
        : base("main")
    {
        AddDialog(new WaterfallDialog("flow", steps));
        AddDialog(new TextPrompt("text"));
        AddDialog(new NumberPrompt<int>("number"));
        AddDialog(new ChoicePrompt("choice"));
        AddDialog(new ConfirmPrompt("confirm"));
        AddDialog(new DatePrompt("date"));
        AddDialog(new LocationPrompt("location"));
        AddDialog(new AttachmentPrompt("photo"));
        foreach (var dialog in extra)
        {
            AddDialog(dialog);
        }
    }
}

internal static class TestDialogs
{
    public static WaterfallStep Ask(string promptId, string question, params string[] choices) =>
        (step, ct) => step.PromptAsync(promptId, new PromptOptions
        {
            Prompt = question,
            Choices = choices.Length == 0 ? null : choices.Select(ReplyChoice.Of).ToList(),
        }, ct);

    /// <summary>Says what the previous prompt recognised, then goes on.</summary>
    public static WaterfallStep Echo(string label) =>
        async (step, ct) =>
        {
            await step.Context.SendAsync($"{label}: {Describe(step.Result)}", ct);
            return await step.NextAsync(step.Result, ct);
        };

    public static WaterfallStep EchoAndAsk(string label, string promptId, string question, params string[] choices) =>
        async (step, ct) =>
        {
            await step.Context.SendAsync($"{label}: {Describe(step.Result)}", ct);
            return await Ask(promptId, question, choices)(step, ct);
        };

    public static string Describe(object? result) => result switch
    {
        FoundChoice choice => $"{choice.Index}:{choice.Value}",
        bool flag => flag ? "ja" : "nee",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        LocationAnswer { Point: { } point } => $"{point.Latitude},{point.Longitude}",
        LocationAnswer answer => answer.Description ?? "",
        IReadOnlyList<InboundAttachment> files => string.Join(",", files.Select(file => file.Reference)),
        null => "(null)",
        _ => result.ToString() ?? "",
    };

    public static DialogTestFlow Flow(params WaterfallStep[] steps) => new(new DialogBot<TestMainDialog>(new TestMainDialog(steps)));

    public static DialogTestFlow Flow(DialogBotHooks hooks, params WaterfallStep[] steps) =>
        new(new DialogBot<TestMainDialog>(new TestMainDialog(steps), hooks));

    /// <summary>One prompt, then an echo of its answer.</summary>
    public static DialogTestFlow OnePrompt(string promptId, params string[] choices) =>
        Flow(Ask(promptId, "Vraag?", choices), Echo("Antwoord"));
}
