using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Engine;

/// <summary>
/// A dialog made of dialogs, with its own inner stack saved in its state, as in the Bot Framework
/// SDK. A conversation is a ComponentDialog whose constructor adds its waterfall and prompts.
/// </summary>
public class ComponentDialog : Dialog
{
    private const string InnerStackKey = "dialogs";

    private readonly DialogSet _dialogs = new();

    public ComponentDialog(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>The inner dialog begun first; by default the first one added.</summary>
    public string? InitialDialogId { get; protected set; }

    public ComponentDialog AddDialog(Dialog dialog)
    {
        _dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public Dialog? FindDialog(string dialogId) => _dialogs.Find(dialogId);

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext outerDc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        var instance = outerDc.ActiveDialog!;
        var innerState = new DialogState();
        instance.State[InnerStackKey] = innerState;
        var innerDc = new DialogContext(_dialogs, outerDc.Context, innerState, outerDc);
        var turnResult = await OnBeginDialogAsync(innerDc, options, cancellationToken);
        return await AfterInnerTurnAsync(outerDc, instance, turnResult, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext outerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        var instance = outerDc.ActiveDialog!;
        var innerDc = CreateInnerDc(outerDc.Context, instance, outerDc);
        if (innerDc.ActiveDialog is null)
        {
            throw DialogStackMismatchException.For(Id, "its inner stack is empty while it is still on the stack");
        }

        var turnResult = await innerDc.ContinueDialogAsync(cancellationToken);
        return await AfterInnerTurnAsync(outerDc, instance, turnResult, cancellationToken);
    }

    /// <summary>A child on the outer stack ended: ask the inner question again, as the SDK does.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext outerDc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        await RepromptDialogAsync(outerDc.Context, outerDc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(TurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        CreateInnerDc(turnContext, instance, parent: null).RepromptDialogAsync(cancellationToken);

    public override async Task EndDialogAsync(TurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        if (reason == DialogReason.CancelCalled && instance.State.ContainsKey(InnerStackKey))
        {
            await CreateInnerDc(turnContext, instance, parent: null).CancelAllDialogsAsync(cancelParents: false, cancellationToken);
        }
    }

    internal DialogContext InnerContext(TurnContext turnContext, DialogInstance instance, DialogContext parent) => CreateInnerDc(turnContext, instance, parent);

    /// <summary>"terug" while this component is open: by default one question back in its inner stack.</summary>
    internal virtual Task<bool> GoBackInsideAsync(DialogContext outerDc, DialogInstance instance, CancellationToken cancellationToken) =>
        CreateInnerDc(outerDc.Context, instance, outerDc).GoBackAsync(cancellationToken);

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        var initial = InitialDialogId ?? throw new InvalidOperationException(
            $"ComponentDialog '{Id}' has no dialogs; call AddDialog in its constructor.");
        return innerDc.BeginDialogAsync(initial, options, cancellationToken);
    }

    private static async Task<DialogTurnResult> AfterInnerTurnAsync(DialogContext outerDc, DialogInstance instance, DialogTurnResult turnResult, CancellationToken cancellationToken)
    {
        // Waiting, perhaps with a prompt's word for the host (it gave up asking): pass it on.
        if (turnResult.Status == DialogTurnStatus.Waiting)
        {
            return turnResult;
        }

        // Cancelled from inside together with its parents (a prompt gave up): nothing is left to end.
        if (!outerDc.Stack.Contains(instance))
        {
            return turnResult;
        }

        return await outerDc.EndDialogAsync(turnResult.Result, cancellationToken);
    }

    private DialogContext CreateInnerDc(TurnContext turnContext, DialogInstance instance, DialogContext? parent)
    {
        instance.State.TryGetValue(InnerStackKey, out var saved);
        var innerState = StateValues.ToDialogState(saved, Id);

        // Keep the typed stack in place, so changes made this turn are what gets saved.
        instance.State[InnerStackKey] = innerState;
        return new DialogContext(_dialogs, turnContext, innerState, parent);
    }
}
