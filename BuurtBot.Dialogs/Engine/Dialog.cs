using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Engine;

/// <summary>
/// The base of every dialog, as in the Bot Framework SDK. A dialog object is shared by all
/// conversations: everything it remembers lives in its <see cref="DialogInstance.State"/>.
/// </summary>
public abstract class Dialog
{
    /// <summary>Returned by a dialog that waits for the resident's next message.</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    protected Dialog(string dialogId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        Id = dialogId;
    }

    /// <summary>Unique within its <see cref="DialogSet"/>; it is saved, so renaming it makes saved stacks stale.</summary>
    public string Id { get; }

    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>A new message arrived while this dialog is active. By default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A child this dialog started has ended with <paramref name="result"/>. By default the dialog ends with it.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Ask the current question again (after "help", "terug", or a reload).</summary>
    public virtual Task RepromptDialogAsync(TurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>The instance is leaving the stack; clean up what it owns.</summary>
    public virtual Task EndDialogAsync(TurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    public override string ToString() => $"{GetType().Name}({Id})";
}
