using BuurtBot.Dialogs.Engine.Choices;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks one question and waits until the answer is understood and valid, as in the Bot Framework
/// SDK. After <see cref="MaxAttempts"/> answers it did not understand it stops asking, cancels the
/// stack and ends the turn with a <see cref="PromptGaveUp"/> result, so a resident is never stuck.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private const string OptionsKey = "options";
    private const string AttemptCountKey = "attemptCount";

    private readonly PromptValidator<T>? _validator;

    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId)
    {
        _validator = validator;
    }

    /// <summary>How many answers may fail before the prompt gives up.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>The resource key of the short help put before the question on a retry.</summary>
    protected virtual string RetryTextKey => nameof(Strings.PromptRetry);

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not PromptOptions promptOptions)
        {
            throw new ArgumentException(
                $"Begin prompt '{Id}' with dc.PromptAsync(\"{Id}\", new PromptOptions {{ Prompt = ... }}).", nameof(options));
        }

        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = promptOptions.ToState();
        state[AttemptCountKey] = StateValues.Box(0);
        await OnPromptAsync(dc.Context, state, promptOptions, isRetry: false, cancellationToken);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var turn = dc.Context;
        if (turn.Activity.Kind != InboundKind.Message)
        {
            return EndOfTurn;
        }

        var state = dc.ActiveDialog!.State;
        var options = PromptOptions.FromState(state.ValueOrNull(OptionsKey), Id);
        var attempt = (int)StateValues.GetLong(state, AttemptCountKey, Id) + 1;
        state[AttemptCountKey] = StateValues.Box(attempt);

        var recognized = OnRecognize(turn, state, options);
        var repliesBefore = turn.Replies.Count;
        var isValid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(turn, recognized, state, options, attempt), cancellationToken);
        if (isValid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        if (attempt >= MaxAttempts)
        {
            var cancelled = await dc.CancelAllDialogsAsync(cancelParents: true, cancellationToken);
            return cancelled with { Result = new PromptGaveUp(Id, attempt) };
        }

        if (turn.Replies.Count == repliesBefore)
        {
            await OnPromptAsync(turn, state, options, isRetry: true, cancellationToken);
        }

        return EndOfTurn;
    }

    /// <summary>A child ended on top of a prompt (rare): ask again, as the SDK does.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(TurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(instance);
        var options = PromptOptions.FromState(instance.State.ValueOrNull(OptionsKey), Id);
        return OnPromptAsync(turnContext, instance.State, options, isRetry: false, cancellationToken);
    }

    /// <summary>
    /// Sends the question (or, on a retry, the retry text) as a message that expects input, with the
    /// buttons it was given (a location question's 'Overslaan'), as the channel can show them.
    /// </summary>
    protected virtual Task OnPromptAsync(TurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken) =>
        turnContext.SendAsync(
            options.Choices is { Count: > 0 } choices
                ? ChoiceFactory.ForChannel(QuestionText(turnContext, options, isRetry), choices, turnContext.Capabilities)
                : new OutboundMessage { Text = QuestionText(turnContext, options, isRetry), InputHint = InputHint.ExpectingInput },
            cancellationToken);

    /// <summary>Pure: what the answer means, without judging it (that is the validator's job).</summary>
    protected abstract PromptRecognizerResult<T> OnRecognize(TurnContext turnContext, IDictionary<string, object?> state, PromptOptions options);

    protected string QuestionText(TurnContext turnContext, PromptOptions options, bool isRetry)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        if (!isRetry)
        {
            return options.Prompt ?? "";
        }

        return options.RetryPrompt ?? $"{Texts.Get(RetryTextKey, turnContext.Locale)} {options.Prompt}".TrimEnd();
    }
}
