using BuurtBot.Dialogs.Engine.Choices;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks one question and waits until the answer is understood and valid, as in the Bot Framework
/// SDK. A greeting or thanks gets a kind word and the question in short, and does not count as a
/// miss. A miss gets one sentence saying what is expected, with the buttons. After
/// <see cref="MaxAttempts"/> misses the turn ends with a <see cref="PromptGaveUp"/> result while the
/// question stays open, so the host can offer a person or the menu without losing any answer.
/// </summary>
public abstract class Prompt<T> : Dialog, IUnderstandingPrompt
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
        if (promptOptions.Step is { } step)
        {
            dc.Context.Mark(new StepMark(step, StepOutcome.Asked));
        }

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

        // A greeting or a thanks answers nothing and is no mistake either: a kind word and the question in short.
        var understood = Understand(turn, state, options);
        if (understood.Kind == PromptUnderstandingKind.SmallTalk && understood.Value is SmallTalk smallTalk)
        {
            await OnSmallTalkAsync(turn, state, options, smallTalk, cancellationToken);
            return EndOfTurn;
        }

        // A photo that could not be kept, or one sent where the question is not about a photo, is no miss
        // either: say what happened to it, then the question in short.
        if (AttachmentAside(turn) is { } aside)
        {
            await SendAsideAsync(turn, options, aside, cancellationToken);
            return EndOfTurn;
        }

        var attempt = (int)StateValues.GetLong(state, AttemptCountKey, Id) + 1;
        state[AttemptCountKey] = StateValues.Box(attempt);

        var recognized = understood.Kind == PromptUnderstandingKind.Answer
            ? PromptRecognizerResult<T>.Of((T)understood.Value!)
            : PromptRecognizerResult<T>.Failed;
        var repliesBefore = turn.Replies.Count;
        var isValid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(turn, recognized, state, options, attempt), cancellationToken);
        if (options.Step is { } step)
        {
            turn.Mark(new StepMark(step, isValid ? StepOutcome.Answered : StepOutcome.Reasked));
        }

        if (!isValid && !string.IsNullOrWhiteSpace(turn.Activity.Text))
        {
            turn.Misunderstood(new Misunderstanding(options.Step?.ToString() ?? Id, turn.Activity.Text, options.Choices ?? []));
        }

        if (isValid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        if (attempt >= MaxAttempts)
        {
            // Keep the question and every answer before it: the host offers a person or the menu,
            // and the resident may still answer. The count starts again, so the offer is not repeated each time.
            state[AttemptCountKey] = StateValues.Box(0);
            return new DialogTurnResult(DialogTurnStatus.Waiting, new PromptGaveUp(Id, attempt) { Choices = options.Choices ?? DefaultChoices(turn) });
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

    /// <summary>
    /// True for prompts that take any text as the answer (a title, a comment): there a greeting or a
    /// thanks is small talk before it is an answer. Choice prompts look for an answer first ("prima"
    /// says yes to a yes/no question), and only what is no answer may be small talk.
    /// </summary>
    protected virtual bool TakesAnyText => false;

    bool IUnderstandingPrompt.TakesAnyText => TakesAnyText;

    /// <summary>True for prompts that take a photo as (part of) the answer; elsewhere a photo alone is kept and the question asked again.</summary>
    protected virtual bool TakesAttachments => false;

    /// <summary>
    /// What to say about the turn's files before the question, if anything: why one was refused (for
    /// every prompt), or that a photo sent at a question about something else was kept with the chat.
    /// </summary>
    private string? AttachmentAside(TurnContext turn)
    {
        var activity = turn.Activity;
        if (activity.Attachments.FirstOrDefault(a => a.Problem is not null)?.Problem is { } problem)
        {
            return Texts.Get(problem switch
            {
                AttachmentProblem.TooLarge => nameof(Strings.PhotoTooLarge),
                AttachmentProblem.TooManyPixels => nameof(Strings.PhotoTooManyPixels),
                AttachmentProblem.Unavailable => nameof(Strings.PhotoUnavailable),
                _ => nameof(Strings.PhotoNotAPhoto),
            }, turn.Locale);
        }

        return !TakesAttachments && activity.Attachments.Count > 0 && string.IsNullOrWhiteSpace(activity.Text)
            && activity.Value is null && activity.Location is null
                ? Texts.Get(nameof(Strings.PhotoKeptAnswerFirst), turn.Locale)
                : null;
    }

    private Task SendAsideAsync(TurnContext turnContext, PromptOptions options, string aside, CancellationToken cancellationToken)
    {
        var choices = options.Choices is { Count: > 0 } given ? given : DefaultChoices(turnContext);
        var text = aside + " " + ShortQuestion(turnContext, options.Prompt, choices.Count > 0);
        return turnContext.SendAsync(
            choices.Count > 0
                ? ChoiceFactory.ForChannel(text, choices, turnContext.Capabilities)
                : new OutboundMessage { Text = text, InputHint = InputHint.ExpectingInput },
            cancellationToken);
    }

    /// <inheritdoc/>
    public PromptUnderstanding Understand(TurnContext turnContext, IDictionary<string, object?> state, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var smallTalk = activity.Value is null && activity.Attachments.Count == 0 && activity.Location is null
            ? SmallTalkRecognizer.Recognize(activity.Text)
            : null;
        if (TakesAnyText && smallTalk is SmallTalk.Greeting or SmallTalk.Thanks)
        {
            return new PromptUnderstanding(PromptUnderstandingKind.SmallTalk, smallTalk);
        }

        var recognized = OnRecognize(turnContext, state, options);
        if (recognized.Succeeded)
        {
            return new PromptUnderstanding(PromptUnderstandingKind.Answer, recognized.Value);
        }

        return smallTalk is { } talk ? new PromptUnderstanding(PromptUnderstandingKind.SmallTalk, talk) : PromptUnderstanding.NotUnderstood;
    }

    /// <inheritdoc/>
    public PromptUnderstanding Understand(TurnContext turnContext, DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var copy = new Dictionary<string, object?>(instance.State);
        return Understand(turnContext, copy, PromptOptions.FromState(copy.ValueOrNull(OptionsKey), Id));
    }

    /// <summary>The buttons a prompt shows when its options give none (Ja and Nee for a yes/no question).</summary>
    protected virtual IReadOnlyList<ReplyChoice> DefaultChoices(TurnContext turnContext) => [];

    /// <summary>"Hallo!" or "Graag gedaan!", then the question in one sentence, with its buttons.</summary>
    protected virtual Task OnSmallTalkAsync(TurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, SmallTalk smallTalk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var locale = turnContext.Locale;
        var kind = smallTalk switch
        {
            SmallTalk.Greeting => Texts.Get(nameof(Strings.SmallTalkGreeting), locale) + " ",
            SmallTalk.Thanks => Texts.Get(nameof(Strings.SmallTalkThanks), locale) + " ",
            _ => "",
        };
        var choices = options.Choices is { Count: > 0 } given ? given : DefaultChoices(turnContext);
        var text = kind + ShortQuestion(turnContext, options.Prompt, choices.Count > 0);
        return turnContext.SendAsync(
            choices.Count > 0
                ? ChoiceFactory.ForChannel(text, choices, turnContext.Capabilities)
                : new OutboundMessage { Text = text, InputHint = InputHint.ExpectingInput },
            cancellationToken);
    }

    /// <summary>Beyond this many words a question is not repeated whole on a retry: only its last question, or what is expected.</summary>
    private const int ShortQuestionWords = 20;

    /// <summary>
    /// The question in short, for a re-ask: the question itself when it is short; else its last
    /// sentence that asks something; else, under buttons, one sentence saying to pick one.
    /// </summary>
    protected string ShortQuestion(TurnContext turnContext, string? prompt, bool hasChoices)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var question = (prompt ?? "").Trim();
        if (question.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= ShortQuestionWords)
        {
            return question;
        }

        var asking = question.Split(['\n', '.', '!'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .LastOrDefault(sentence => sentence.EndsWith('?') && sentence.Split(' ').Length <= ShortQuestionWords);
        if (asking is not null)
        {
            return asking;
        }

        return hasChoices ? Texts.Get(nameof(Strings.PromptExpectChoice), turnContext.Locale) : question;
    }

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

        // One sentence saying what is expected, with the buttons; a long question is not sent again whole.
        if (options.RetryPrompt is { } retry)
        {
            return retry;
        }

        var hasChoices = options.Choices is { Count: > 0 } || DefaultChoices(turnContext).Count > 0;
        var expected = Texts.Get(RetryTextKey, turnContext.Locale);
        return hasChoices ? expected : $"{expected} {ShortQuestion(turnContext, options.Prompt, hasChoices: false)}".TrimEnd();
    }
}
