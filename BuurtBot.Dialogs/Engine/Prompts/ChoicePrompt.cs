using BuurtBot.Dialogs.Engine.Choices;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks to pick one of <see cref="PromptOptions.Choices"/>; the result is a <see cref="FoundChoice"/>.
/// An ambiguous answer ("sp" for two titles) asks again with only the candidates, and the next
/// answer (a number too) is read against those first.
/// </summary>
public class ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(dialogId, validator)
{
    /// <summary>Indices into the full list of the candidates of an ambiguous answer.</summary>
    private const string CandidatesKey = "candidates";

    protected override string RetryTextKey => nameof(Strings.PromptRetryChoice);

    /// <summary>The everyday words for this question's choices, in the resident's language ("straks" for 'Later').</summary>
    public Func<string, ChoiceSynonyms>? Synonyms { get; init; }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        if (options is PromptOptions { Choices: null or { Count: 0 } })
        {
            throw new ArgumentException($"ChoicePrompt '{Id}' needs PromptOptions.Choices; give it the buttons to pick from.", nameof(options));
        }

        return base.BeginDialogAsync(dc, options, cancellationToken);
    }

    protected override Task OnPromptAsync(TurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        var all = options.Choices ?? [];
        var message = isRetry && Candidates(state, all) is { } candidates
            ? ChoiceFactory.ForChannel(Texts.Get(nameof(Strings.ChoiceAmbiguous), turnContext.Locale), candidates.Select(i => all[i]).ToList(), turnContext.Capabilities)
            : ChoiceFactory.ForChannel(QuestionText(turnContext, options, isRetry), all, turnContext.Capabilities);
        return turnContext.SendAsync(message, cancellationToken);
    }

    protected override PromptRecognizerResult<FoundChoice> OnRecognize(TurnContext turnContext, IDictionary<string, object?> state, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        var all = options.Choices ?? [];
        var activity = turnContext.Activity;

        // A tapped button may carry its value instead of its title.
        if (activity.Value is { } value && all.ToList().FindIndex(choice => choice.Value == value) is var tapped and >= 0)
        {
            state.Remove(CandidatesKey);
            return PromptRecognizerResult<FoundChoice>.Of(new FoundChoice(tapped, all[tapped].Title, all[tapped].Value));
        }

        var synonyms = Synonyms?.Invoke(turnContext.Locale) ?? ChoiceSynonyms.Empty;
        var found = RecognizeAmongCandidates(activity.Text, state, all, synonyms) ?? ChoiceRecognizers.RecognizeChoices(activity.Text, all, synonyms);
        if (found.Count == 1)
        {
            state.Remove(CandidatesKey);
            return PromptRecognizerResult<FoundChoice>.Of(found[0]);
        }

        if (found.Count > 1)
        {
            state[CandidatesKey] = found.Select(choice => (object?)(long)choice.Index).ToList();
        }
        else
        {
            state.Remove(CandidatesKey);
        }

        return PromptRecognizerResult<FoundChoice>.Failed;
    }

    private static IReadOnlyList<FoundChoice>? RecognizeAmongCandidates(string? text, IDictionary<string, object?> state, IReadOnlyList<ReplyChoice> all, ChoiceSynonyms synonyms)
    {
        if (Candidates(state, all) is not { } candidates)
        {
            return null;
        }

        var found = ChoiceRecognizers.RecognizeChoices(text, candidates.Select(i => all[i]).ToList(), synonyms);
        return found.Count == 0 ? null : found.Select(choice => choice with { Index = candidates[choice.Index] }).ToList();
    }

    private static List<int>? Candidates(IDictionary<string, object?> state, IReadOnlyList<ReplyChoice> all) =>
        state.ValueOrNull(CandidatesKey) is IList<object?> saved
            ? saved.OfType<long>().Where(i => i >= 0 && i < all.Count).Select(i => (int)i).ToList()
            : null;
}
