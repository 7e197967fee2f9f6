using System.Text.Json;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Engine;

/// <summary>
/// Runs a conversation over the dialog engine: loads the stack from the saved JSON, lets global
/// commands go first, continues the active dialog or begins <typeparamref name="TMainDialog"/>, and
/// returns the stack to save. Like the SDK's DialogBot, but without storage: the host saves.
/// </summary>
public class DialogBot<TMainDialog> : IConversationBot
    where TMainDialog : Dialog
{
    private readonly DialogSet _dialogs = new();
    private readonly TMainDialog _mainDialog;
    private readonly DialogBotHooks _hooks;

    /// <param name="eventDialogs">
    /// Dialogs the host may begin with an <see cref="InboundKind.Event"/> of the same name. They go on
    /// top of the whole stack; when they end, the dialog below asks its open question again.
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

    public async Task<string?> OnTurnAsync(TurnContext turn, string? savedState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
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
            await (unreadable is null ? RunAsync(dc, cancellationToken) : RecoverAsync(dc, unreadable, cancellationToken));
        }
        catch (DialogStackMismatchException mismatch)
        {
            dc.Stack.Clear();
            await RecoverAsync(dc, mismatch.Mismatch, cancellationToken);
        }

        return DialogStateSerializer.Serialize(state);
    }

    private async Task RunAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (InterruptionRecognizer.Recognize(dc.Context.Activity) is { } interruption)
        {
            await InterruptAsync(dc, interruption, cancellationToken);
            return;
        }

        switch (dc.Context.Activity.Kind)
        {
            case InboundKind.Event:
                await BeginEventDialogAsync(dc, cancellationToken);
                return;
            case InboundKind.HandedBack:
                await ResumeAfterHandoffAsync(dc, cancellationToken);
                return;
        }

        // A reopened chat (/start, page reload) repeats the open question instead of answering it.
        if (dc.Context.Activity.Kind == InboundKind.ConversationStarted && dc.ActiveDialog is not null)
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
            case { Result: PromptGaveUp gaveUp }:
                await GaveUpAsync(dc, gaveUp, cancellationToken);
                break;
        }
    }

    private async Task BeginEventDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var name = dc.Context.Activity.EventName;
        if (name is null || name == _mainDialog.Id || _dialogs.Find(name) is null)
        {
            // An event this deploy does not know: nothing to say to the resident about it.
            if (_hooks.OnStaleStackAsync is { } hook)
            {
                await hook(dc.Context, new StaleDialogStack(name ?? "(no event name)", "no dialog handles this event"), cancellationToken);
            }

            return;
        }

        var result = await dc.BeginDialogAsync(name, dc.Context.Activity.Value, cancellationToken);
        if (result.Status == DialogTurnStatus.Complete && dc.ActiveDialog is null)
        {
            // The event dialog said its piece and nothing was open below it: end at the menu's question.
            await dc.BeginDialogAsync(_mainDialog.Id, null, cancellationToken);
        }
    }

    /// <summary>The bot takes the chat back where it was: the open question again, or the menu.</summary>
    private async Task ResumeAfterHandoffAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Context.Activity.Value == InterruptionRecognizer.MenuValue || dc.ActiveDialog is null)
        {
            await dc.CancelAllDialogsAsync(cancelParents: false, cancellationToken);
            await dc.BeginDialogAsync(_mainDialog.Id, null, cancellationToken);
            return;
        }

        await dc.RepromptDialogAsync(cancellationToken);
    }

    private async Task InterruptAsync(DialogContext dc, Interruption interruption, CancellationToken cancellationToken)
    {
        if (_hooks.OnInterruptionAsync is { } hook && await hook(dc.Context, interruption, cancellationToken))
        {
            return;
        }

        var locale = dc.Context.Locale;
        switch (interruption)
        {
            case Interruption.Cancel:
                await dc.CancelAllDialogsAsync(cancelParents: false, cancellationToken);
                await dc.Context.SendAsync(Texts.Get(nameof(Strings.Cancelled), locale), cancellationToken);
                break;
            case Interruption.Help:
                await dc.Context.SendAsync(Texts.Get(nameof(Strings.Help), locale), cancellationToken);
                await dc.RepromptDialogAsync(cancellationToken);
                break;
            case Interruption.Menu:
                await dc.CancelAllDialogsAsync(cancelParents: false, cancellationToken);
                await dc.BeginDialogAsync(_mainDialog.Id, null, cancellationToken);
                break;
            case Interruption.Back when !await dc.GoBackAsync(cancellationToken):
                await dc.Context.SendAsync(Texts.Get(nameof(Strings.BackNotPossible), locale), cancellationToken);
                await dc.RepromptDialogAsync(cancellationToken);
                break;
            case Interruption.Human:
                await dc.Context.SendAsync(Texts.Get(nameof(Strings.HumanRequested), locale), cancellationToken);
                break;
        }
    }

    private async Task GaveUpAsync(DialogContext dc, PromptGaveUp gaveUp, CancellationToken cancellationToken)
    {
        if (_hooks.OnPromptGaveUpAsync is { } hook && await hook(dc.Context, gaveUp, cancellationToken))
        {
            return;
        }

        var locale = dc.Context.Locale;
        await dc.Context.SendAsync(
            new OutboundMessage
            {
                Text = Texts.Get(nameof(Strings.PromptGaveUp), locale),
                Choices =
                [
                    new ReplyChoice(Texts.Get(nameof(Strings.GaveUpMenu), locale), InterruptionRecognizer.MenuValue),
                    new ReplyChoice(Texts.Get(nameof(Strings.GaveUpHuman), locale), InterruptionRecognizer.HumanValue),
                ],
                InputHint = InputHint.ExpectingInput,
            },
            cancellationToken);
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
