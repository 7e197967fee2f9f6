using System.Text.Json;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Engine;

/// <summary>
/// Runs a conversation over the dialog engine: loads the stack from the saved JSON, does the turn's
/// work on it, and returns the stack to save. The ordinary turn (<see cref="ContinueAsync"/>)
/// continues the active dialog or begins <typeparamref name="TMainDialog"/>; a host that acts on a
/// turn itself (a command typed anywhere) does so with <see cref="RestartMainDialogAsync"/> and
/// <see cref="BeginDialogAsync"/> in the same turn. Like the SDK's DialogBot, but without storage:
/// the host saves.
/// </summary>
public class DialogBot<TMainDialog> : IConversationBot
    where TMainDialog : Dialog
{
    private readonly DialogSet _dialogs = new();
    private readonly TMainDialog _mainDialog;
    private readonly DialogBotHooks _hooks;

    /// <param name="eventDialogs">
    /// Dialogs the host may begin with an <see cref="InboundKind.Event"/> of the same name (or with
    /// <see cref="BeginDialogAsync"/>). They go on top of the whole stack; when they end, the dialog
    /// below asks its open question again.
    /// </param>
    public DialogBot(TMainDialog mainDialog, DialogBotHooks? hooks = null, IEnumerable<Dialog>? eventDialogs = null)
    {
        ArgumentNullException.ThrowIfNull(mainDialog);
        _mainDialog = mainDialog;
        _hooks = hooks ?? new DialogBotHooks();
        _dialogs.Add(mainDialog);
        foreach (var dialog in eventDialogs ?? [])
        {
            _dialogs.Add(dialog);
        }
    }

    public Task<string?> OnTurnAsync(TurnContext turn, string? savedState, CancellationToken cancellationToken) =>
        OnTurnAsync(turn, savedState, ContinueAsync, cancellationToken);

    /// <summary>
    /// One turn on the saved stack: <paramref name="work"/> does what the turn asks (for the
    /// ordinary turn, <see cref="ContinueAsync"/>). A stack that no longer fits this deploy, found on
    /// loading or on the way, gets the apology and the main dialog instead.
    /// </summary>
    /// <returns>The stack to save.</returns>
    public async Task<string?> OnTurnAsync(TurnContext turn, string? savedState, Func<DialogContext, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(work);
        DialogState state;
        StaleDialogStack? unreadable = null;
        try
        {
            state = DialogStateSerializer.Deserialize(savedState);
        }
        catch (JsonException exception)
        {
            state = new DialogState();
            unreadable = new StaleDialogStack("(unreadable)", exception.Message);
        }

        var dc = _dialogs.CreateContext(turn, state);
        try
        {
            await (unreadable is null ? work(dc, cancellationToken) : RecoverAsync(dc, unreadable, cancellationToken));
        }
        catch (DialogStackMismatchException mismatch)
        {
            dc.Stack.Clear();
            await RecoverAsync(dc, mismatch.Mismatch, cancellationToken);
        }

        return DialogStateSerializer.Serialize(state);
    }

    /// <summary>
    /// The ordinary turn: a host event begins its dialog, a hand-back resumes, a reopened chat
    /// repeats the open question, and anything else goes to the active dialog (or begins the main one).
    /// </summary>
    public async Task ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var activity = dc.Context.Activity;
        switch (activity.Kind)
        {
            case InboundKind.Event:
                await BeginDialogAsync(dc, activity.EventName, activity.Value, cancellationToken);
                return;
            case InboundKind.HandedBack:
                await ResumeAfterHandoffAsync(dc, cancellationToken);
                return;
        }

        // A reopened chat (/start, page reload) repeats the open question instead of answering it.
        if (activity.Kind == InboundKind.ConversationStarted && dc.ActiveDialog is not null)
        {
            await dc.RepromptDialogAsync(cancellationToken);
            return;
        }

        var result = await dc.ContinueDialogAsync(cancellationToken);
        switch (result)
        {
            case { Status: DialogTurnStatus.Empty }:
                await dc.BeginDialogAsync(_mainDialog.Id, null, cancellationToken);
                break;
            case { Status: DialogTurnStatus.Stale, Result: StaleDialogStack stale }:
                await RecoverAsync(dc, stale, cancellationToken);
                break;
            case { Result: Prompts.PromptGaveUp gaveUp }:
                // The question stays open; the hook offers a person or the menu beside it.
                if (_hooks.OnPromptGaveUpAsync is { } hook)
                {
                    await hook(dc.Context, gaveUp, cancellationToken);
                }

                break;
        }
    }

    /// <summary>Cancels every open dialog and begins the main dialog with <paramref name="options"/>.</summary>
    public async Task RestartMainDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await dc.CancelAllDialogsAsync(cancelParents: false, cancellationToken);
        await dc.BeginDialogAsync(_mainDialog.Id, options, cancellationToken);
    }

    /// <summary>
    /// Begins one of the event dialogs on top of the whole stack, as a host event does. When it has
    /// said its piece and nothing was open below it, the main dialog begins, so the turn ends at a
    /// question. A dialog this deploy does not have is reported, and the resident hears nothing of it.
    /// </summary>
    public async Task BeginDialogAsync(DialogContext dc, string? dialogId, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dialogId is null || dialogId == _mainDialog.Id || _dialogs.Find(dialogId) is null)
        {
            if (_hooks.OnStaleStackAsync is { } hook)
            {
                await hook(dc.Context, new StaleDialogStack(dialogId ?? "(no event name)", "no dialog handles this event"), cancellationToken);
            }

            return;
        }

        var result = await dc.BeginDialogAsync(dialogId, options, cancellationToken);
        if (result.Status == DialogTurnStatus.Complete && dc.ActiveDialog is null)
        {
            await dc.BeginDialogAsync(_mainDialog.Id, null, cancellationToken);
        }
    }

    /// <summary>The bot takes the chat back where it was: the open question again, or the menu.</summary>
    private async Task ResumeAfterHandoffAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Context.Activity.Value == InboundMessage.StartAgainValue || dc.ActiveDialog is null)
        {
            await RestartMainDialogAsync(dc, null, cancellationToken);
            return;
        }

        await dc.RepromptDialogAsync(cancellationToken);
    }

    /// <summary>The saved stack no longer fits: apologise, report, and start over at the main dialog.</summary>
    private async Task RecoverAsync(DialogContext dc, StaleDialogStack stale, CancellationToken cancellationToken)
    {
        if (_hooks.OnStaleStackAsync is { } hook)
        {
            await hook(dc.Context, stale, cancellationToken);
        }

        await dc.Context.SendAsync(Texts.Get(nameof(Strings.StaleStack), dc.Context.Locale), cancellationToken);
        await dc.BeginDialogAsync(_mainDialog.Id, null, cancellationToken);
    }
}
