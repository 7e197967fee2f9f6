using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>What a prompt asks, as in the Bot Framework SDK. Saved with the prompt, so retries survive a restart.</summary>
public sealed record PromptOptions
{
    public string? Prompt { get; init; }

    /// <summary>Sent after an answer that was not understood; by default a short help text plus <see cref="Prompt"/>.</summary>
    public string? RetryPrompt { get; init; }

    public IReadOnlyList<ReplyChoice>? Choices { get; init; }

    /// <summary>Names the step this question is, so the host can count who reaches, answers or leaves it; optional.</summary>
    public PromptStep? Step { get; init; }

    private const string PromptKey = "prompt";
    private const string RetryPromptKey = "retryPrompt";
    private const string TitlesKey = "choices";
    private const string ValuesKey = "values";
    private const string StepKey = "step";

    internal Dictionary<string, object?> ToState()
    {
        var bag = StateValues.NewBag(4);
        bag[PromptKey] = Prompt;
        if (RetryPrompt is not null)
        {
            bag[RetryPromptKey] = RetryPrompt;
        }

        if (Step is not null)
        {
            bag[StepKey] = Step.ToString();
        }

        if (Choices is { Count: > 0 } choices)
        {
            var titles = new List<object?>(choices.Count);
            var valuesDiffer = false;
            foreach (var choice in choices)
            {
                titles.Add(choice.Title);
                valuesDiffer |= choice.Value != choice.Title;
            }

            bag[TitlesKey] = titles;

            // Values are only saved when a button carries something other than its title.
            if (valuesDiffer)
            {
                bag[ValuesKey] = choices.Select(choice => (object?)choice.Value).ToList();
            }
        }

        return bag;
    }

    internal static PromptOptions FromState(object? saved, string promptId)
    {
        if (saved is not IDictionary<string, object?> bag)
        {
            throw DialogStackMismatchException.For(promptId, "its saved prompt options are missing");
        }

        return new PromptOptions
        {
            Prompt = bag.ValueOrNull(PromptKey) as string,
            RetryPrompt = bag.ValueOrNull(RetryPromptKey) as string,
            Choices = ChoicesFromState(bag, promptId),
            Step = PromptStep.Parse(bag.ValueOrNull(StepKey) as string),
        };
    }

    private static ReplyChoice[]? ChoicesFromState(IDictionary<string, object?> bag, string promptId)
    {
        if (bag.ValueOrNull(TitlesKey) is not IList<object?> titles)
        {
            return null;
        }

        var values = bag.ValueOrNull(ValuesKey) as IList<object?>;
        if (values is not null && values.Count != titles.Count)
        {
            throw DialogStackMismatchException.For(promptId, "its saved choices and values differ in length");
        }

        var choices = new ReplyChoice[titles.Count];
        for (var i = 0; i < choices.Length; i++)
        {
            var title = titles[i] as string ?? throw DialogStackMismatchException.For(promptId, "a saved choice has no title");
            choices[i] = new ReplyChoice(title, values?[i] as string ?? title);
        }

        return choices;
    }
}
