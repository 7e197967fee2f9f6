using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Engine;

/// <summary>
/// A fixed sequence of steps, as in the Bot Framework SDK. Each step runs when the previous one's
/// prompt has an answer. It also remembers the child each step began, so "terug" can ask the
/// previous question again (<see cref="DialogContext.GoBackAsync"/>).
/// </summary>
public class WaterfallDialog : Dialog
{
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";
    private const string StepIndexKey = "stepIndex";

    /// <summary>Per step that began a child: [stepIndex, childId, childState as it was begun].</summary>
    private const string HistoryKey = "history";

    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? steps = null)
        : base(dialogId)
    {
        _steps = steps?.ToList() ?? [];
    }

    public IReadOnlyList<WaterfallStep> Steps => _steps;

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not (null or string or bool or long or double or IDictionary<string, object?>))
        {
            throw new ArgumentException(
                $"Options for waterfall '{Id}' are saved with the stack, so they must be a string, bool, long, double or " +
                $"IDictionary<string, object?>; serialize a {options.GetType().Name} to JSON text first.", nameof(options));
        }

        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = options;
        state[ValuesKey] = StateValues.NewBag();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Kind != InboundKind.Message)
        {
            return Task.FromResult(EndOfTurn);
        }

        // A step that waits without a prompt takes the raw text as its answer.
        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var index = CurrentStep(dc.ActiveDialog!);
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    /// <summary>Goes back to the latest earlier step that began a child and begins that child again.</summary>
    internal async Task<bool> GoBackAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        var current = CurrentStep(instance);
        if (!instance.State.TryGetValue(HistoryKey, out var value) || value is not IList<object?> history)
        {
            return false;
        }

        var earlier = history.OfType<IList<object?>>().LastOrDefault(entry => entry is [long step, string, IDictionary<string, object?>] && step < current);
        if (earlier is not [long previousStep, string childId, IDictionary<string, object?> childState])
        {
            return false;
        }

        var child = dc.FindDialog(childId) ?? throw DialogStackMismatchException.For(childId, "no dialog with this id exists any more");
        await dc.EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken);
        instance.State[StepIndexKey] = previousStep;
        TrimHistory(history, previousStep);
        var again = new DialogInstance(childId, StateValues.CopyBag(childState));
        dc.Stack.Insert(0, again);
        await child.RepromptDialogAsync(dc.Context, again, cancellationToken);
        return true;
    }

    protected virtual async Task<DialogTurnResult> OnStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken) =>
        await _steps[stepContext.Index](stepContext, cancellationToken);

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var instance = dc.ActiveDialog!;
        var state = instance.State;
        state[StepIndexKey] = StateValues.Box(index);
        var values = StateValues.GetBag(state, ValuesKey, Id);
        var stepContext = new WaterfallStepContext(this, dc, state.ValueOrNull(OptionsKey), values, index, reason, result);
        var turnResult = await OnStepAsync(stepContext, cancellationToken);

        // The step began a child that now waits: remember it as it was, for "terug".
        if (turnResult.Status == DialogTurnStatus.Waiting && dc.Stack.Count > 1 && ReferenceEquals(dc.Stack[1], instance))
        {
            Remember(state, index, dc.Stack[0]);
        }

        return turnResult;
    }

    private int CurrentStep(DialogInstance instance)
    {
        var index = StateValues.GetLong(instance.State, StepIndexKey, Id);
        if (index < 0 || index >= _steps.Count)
        {
            throw DialogStackMismatchException.For(Id, $"saved step {index} does not exist; this waterfall has {_steps.Count} steps");
        }

        return (int)index;
    }

    private static void Remember(IDictionary<string, object?> state, int index, DialogInstance child)
    {
        if (!state.TryGetValue(HistoryKey, out var value) || value is not IList<object?> history)
        {
            history = new List<object?>();
            state[HistoryKey] = history;
        }

        TrimHistory(history, index - 1);
        history.Add(new List<object?>(3) { StateValues.Box(index), child.Id, StateValues.CopyBag(child.State) });
    }

    private static void TrimHistory(IList<object?> history, long keepUpToStep)
    {
        for (var i = history.Count - 1; i >= 0; i--)
        {
            if (history[i] is not IList<object?> { Count: > 0 } entry || entry[0] is not long step || step > keepUpToStep)
            {
                history.RemoveAt(i);
            }
        }
    }
}
