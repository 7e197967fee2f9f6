namespace BuurtBot.Dialogs.Engine;

/// <summary>What a waterfall step sees: the previous step's <see cref="Result"/>, the waterfall's <see cref="Values"/>, and the stack.</summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _parent;
    private bool _nextCalled;

    internal WaterfallStepContext(
        WaterfallDialog parent, DialogContext dc, object? options, IDictionary<string, object?> values, int index, DialogReason reason, object? result)
        : base(dc)
    {
        _parent = parent;
        Options = options;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    public int Index { get; }

    /// <summary>What the waterfall was begun with.</summary>
    public object? Options { get; }

    public DialogReason Reason { get; }

    /// <summary>What the previous step's prompt or child dialog returned (the recognised answer).</summary>
    public object? Result { get; }

    /// <summary>Saved with the waterfall; prefer <see cref="GetValue{T}"/>/<see cref="SetValue{T}"/> with one typed draft record.</summary>
    public IDictionary<string, object?> Values { get; }

    public T? GetValue<T>(string key) => StateValues.Get<T>(Values, key);

    /// <summary>Numbers and strings are stored as they are, anything else (a draft record) as its JSON text.</summary>
    public void SetValue<T>(string key, T value) => StateValues.Set(Values, key, value);

    /// <summary>Skips waiting: runs the next step now with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException(
                $"NextAsync was already called in step {Index} of '{_parent.Id}'; call it at most once per step.");
        }

        _nextCalled = true;
        return _parent.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
