using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Engine;

/// <summary>
/// One stack for one turn, as in the Bot Framework SDK: begin, continue, end, replace and cancel
/// dialogs. A <see cref="ComponentDialog"/> runs its own inner context whose <see cref="Parent"/> is this one.
/// </summary>
public class DialogContext
{
    internal DialogContext(DialogSet dialogs, TurnContext turnContext, DialogState state, DialogContext? parent)
    {
        Dialogs = dialogs;
        Context = turnContext;
        Stack = state.DialogStack;
        Parent = parent;
    }

    /// <summary>For <see cref="WaterfallStepContext"/>: the same stack, seen from a step.</summary>
    protected DialogContext(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        Dialogs = dc.Dialogs;
        Context = dc.Context;
        Stack = dc.Stack;
        Parent = dc.Parent;
    }

    public DialogSet Dialogs { get; }

    public TurnContext Context { get; }

    /// <summary>Top first: index 0 is the active dialog.</summary>
    public List<DialogInstance> Stack { get; }

    public DialogContext? Parent { get; }

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>Looks in this context's set, then up through the parents, as the SDK does.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        var dialog = FindDialog(dialogId) ?? throw new ArgumentException(
            $"No dialog '{dialogId}' here; add it with AddDialog in the ComponentDialog (or DialogSet.Add) that begins it.", nameof(dialogId));
        Stack.Insert(0, new DialogInstance(dialogId));
        return dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Hands the turn's message to the active dialog; <see cref="DialogTurnStatus.Empty"/> when nothing runs.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } instance)
        {
            return DialogTurnResult.EmptyResult;
        }

        if (Parent is not null)
        {
            return await ActiveDialogOf(instance).ContinueDialogAsync(this, cancellationToken);
        }

        // Only the root turns a mismatch into a result: below it, the exception unwinds the whole stack.
        try
        {
            return await ActiveDialogOf(instance).ContinueDialogAsync(this, cancellationToken);
        }
        catch (DialogStackMismatchException mismatch)
        {
            Stack.Clear();
            return new DialogTurnResult(DialogTurnStatus.Stale, mismatch.Mismatch);
        }
    }

    /// <summary>Ends the active dialog and resumes the one below it with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken);
        if (ActiveDialog is not { } parent)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }

        return await ActiveDialogOf(parent).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
    }

    /// <summary>Swaps the active dialog for another without resuming the one below (a loop, or a jump).</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>
    /// Ends every dialog on this stack. With <paramref name="cancelParents"/> the stacks of the
    /// components around this one are cancelled too, so nothing resumes (a prompt that gives up).
    /// </summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(bool cancelParents = false, CancellationToken cancellationToken = default)
    {
        var hadDialogs = Stack.Count > 0;
        while (Stack.Count > 0)
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken);
        }

        if (cancelParents && Parent is not null)
        {
            await Parent.CancelAllDialogsAsync(cancelParents: true, cancellationToken);
            return new DialogTurnResult(DialogTurnStatus.Cancelled);
        }

        return hadDialogs ? new DialogTurnResult(DialogTurnStatus.Cancelled) : DialogTurnResult.EmptyResult;
    }

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public Task RepromptDialogAsync(CancellationToken cancellationToken = default) =>
        ActiveDialog is { } instance
            ? ActiveDialogOf(instance).RepromptDialogAsync(Context, instance, cancellationToken)
            : Task.CompletedTask;

    /// <summary>
    /// Not in the SDK: "terug". Goes back one question in the nearest waterfall (inside a
    /// component first) and asks that question again. False when there is no earlier question.
    /// </summary>
    public async Task<bool> GoBackAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } instance)
        {
            return false;
        }

        if (ActiveDialogOf(instance) is ComponentDialog component && await component.GoBackInsideAsync(this, instance, cancellationToken))
        {
            return true;
        }

        return Stack.Count > 1
            && FindDialog(Stack[1].Id) is WaterfallDialog waterfall
            && await waterfall.GoBackAsync(this, Stack[1], cancellationToken);
    }

    /// <summary>
    /// Not in the SDK: whether the question open at the top of the stack (inside components too)
    /// takes this turn's message as its answer, so that a word that is also a command ("hulp" at
    /// "Hulp nodig") can go to the question instead.
    /// </summary>
    public bool ActivePromptTakesMessage()
    {
        var dc = this;
        while (dc.ActiveDialog is { } instance && dc.FindDialog(instance.Id) is { } dialog)
        {
            switch (dialog)
            {
                case IUnderstandingPrompt prompt:
                    // A prompt that takes any text would take every command: only a question with answers to pick counts.
                    return !prompt.TakesAnyText && prompt.Understand(Context, instance).Kind == PromptUnderstandingKind.Answer;
                case ComponentDialog component:
                    dc = component.InnerContext(Context, instance, dc);
                    break;
                default:
                    return false;
            }
        }

        return false;
    }

    internal async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } instance)
        {
            return;
        }

        // A dialog that is gone cannot clean up, but its instance must still leave the stack.
        if (FindDialog(instance.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken);
        }

        Stack.Remove(instance);
    }

    internal Dialog ActiveDialogOf(DialogInstance instance) =>
        FindDialog(instance.Id) ?? throw DialogStackMismatchException.For(instance.Id, "no dialog with this id exists any more");
}
