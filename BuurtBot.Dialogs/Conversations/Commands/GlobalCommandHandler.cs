using BuurtBot.Dialogs.Conversations.CheckIn;
using BuurtBot.Dialogs.Conversations.Peiling;
using BuurtBot.Dialogs.Conversations.Privacy;
using BuurtBot.Dialogs.Conversations.Steun;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Conversations.Commands;

/// <summary>
/// The one place where a global command is carried out: every turn goes through
/// <see cref="GlobalCommandRecognizer"/> first, and a turn that gives a command is handled here, in
/// the same turn, on the same dialog stack; any other turn goes to the dialogs.
/// </summary>
public sealed class GlobalCommandHandler<TMainDialog>(DialogBot<TMainDialog> bot) : IConversationBot
    where TMainDialog : Dialog
{
    public Task<string?> OnTurnAsync(TurnContext turn, string? savedState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return GlobalCommandRecognizer.Recognize(turn.Activity) is { } command
            ? bot.OnTurnAsync(turn, savedState, (dc, ct) => HandleAsync(dc, command, ct), cancellationToken)
            : bot.OnTurnAsync(turn, savedState, cancellationToken);
    }

    private async Task HandleAsync(DialogContext dc, GlobalCommand command, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        switch (command)
        {
            case GlobalCommand.SwitchLanguage(var locale):
                turn.Locale = locale;
                await turn.SendAsync(Say.Text(nameof(ConversationTexts.LanguageSwitched), locale), cancellationToken);

                // Open questions were worded in the old language (and their buttons match only that
                // language), so the conversation starts again at the menu, or at the consent question.
                await bot.RestartMainDialogAsync(dc, null, cancellationToken);
                break;
            case GlobalCommand.ExportData:
                await bot.BeginDialogAsync(dc, PrivacyDialog.DialogId, PrivacyDialog.ExportOption, cancellationToken);
                break;
            case GlobalCommand.EraseData:
                await bot.BeginDialogAsync(dc, PrivacyDialog.DialogId, PrivacyDialog.EraseOption, cancellationToken);
                break;
            case GlobalCommand.OpenShareLink(var code) when turn.ConsentGiven:
                // A resident who agreed already sees the initiatief on top of what was open.
                await bot.BeginDialogAsync(dc, SteunDialog.DialogId, code, cancellationToken);
                break;
            case GlobalCommand.OpenShareLink(var code):
                // A new one starts at the main dialog, which asks the privacy question first and keeps
                // the code for after; a question still open before consent holds nothing.
                await bot.RestartMainDialogAsync(dc, code, cancellationToken);
                break;
            case GlobalCommand.AnswerPeiling(var request):
                await bot.BeginDialogAsync(dc, PeilingAnswerDialog.EventName, request.ToJson(), cancellationToken);
                break;
            case GlobalCommand.PeilingenOff:
                await bot.BeginDialogAsync(dc, PeilingenChoiceDialog.EventName, PeilingenChoiceDialog.Off, cancellationToken);
                break;
            case GlobalCommand.PeilingenOn:
                await bot.BeginDialogAsync(dc, PeilingenChoiceDialog.EventName, PeilingenChoiceDialog.On, cancellationToken);
                break;
            case GlobalCommand.AskForPerson:
                // The handoff tells the resident what happens next; the open question stays for when
                // the chat comes back.
                turn.After(new HandOffToCoordinator("asked"));
                break;
            case GlobalCommand.Menu:
                await bot.RestartMainDialogAsync(dc, null, cancellationToken);
                break;
            case GlobalCommand.Stop:
                await dc.CancelAllDialogsAsync(cancelParents: false, cancellationToken);
                await turn.SendAsync(Texts.Get(nameof(Strings.Cancelled), turn.Locale), cancellationToken);
                break;
            case GlobalCommand.Back:
                if (!await dc.GoBackAsync(cancellationToken))
                {
                    await turn.SendAsync(Texts.Get(nameof(Strings.BackNotPossible), turn.Locale), cancellationToken);
                    await dc.RepromptDialogAsync(cancellationToken);
                }

                break;
            case GlobalCommand.OldCheckInAnswer when dc.Stack.Any(i => i.Id == CheckInDialog.EventName):
                // A check-in is open: the tap is its answer.
                await bot.ContinueAsync(dc, cancellationToken);
                break;
            case GlobalCommand.OldCheckInAnswer:
                await turn.SendAsync(CheckInText.Get(nameof(CheckInTexts.CheckInOver), turn.Locale), cancellationToken);
                if (dc.ActiveDialog is null)
                {
                    await bot.RestartMainDialogAsync(dc, null, cancellationToken);
                }
                else
                {
                    await dc.RepromptDialogAsync(cancellationToken);
                }

                break;
            case GlobalCommand.Help when dc.ActivePromptTakesMessage():
                // "hulp" at a question with a 'Hulp nodig' button is that answer, not a request for the commands.
                await bot.ContinueAsync(dc, cancellationToken);
                break;
            case GlobalCommand.Help:
                await turn.SendAsync(Texts.Get(nameof(Strings.Help), turn.Locale), cancellationToken);
                await dc.RepromptDialogAsync(cancellationToken);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(command), command, "A global command without a handler: add its case here.");
        }
    }
}
