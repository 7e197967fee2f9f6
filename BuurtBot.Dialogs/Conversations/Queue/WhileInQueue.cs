using System.Text;
using BuurtBot.Dialogs.Conversations.Commands;
using BuurtBot.Dialogs.Conversations.MijnInitiatieven;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.Queue;

/// <summary>
/// A turn while the chat waits for a coordinator. The coordinator reads everything the resident
/// writes; the bot answers only so that nothing the resident taps or types goes unanswered: their
/// initiatieven, stopping the wait, or else what is happening now. The dialog stack is not touched,
/// so the open question is still there when the chat comes back to the bot.
/// </summary>
internal sealed class WhileInQueue(IInitiatiefStore initiatieven)
{
    private static readonly string[] MineWords =
    [
        "mijn initiatieven", "mijn initiatief", "mijn idee", "mijn ideeen", "initiatieven", "status", "my initiatives", "my initiative", "my ideas",
    ];

    private static readonly string[] CancelWords =
    [
        "niet meer wachten", "stop met wachten", "ik wil niet meer wachten", "hoeft niet meer", "laat maar", "toch niet", "annuleren", "annuleer",
        "stop waiting", "never mind", "cancel",
    ];

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        switch (Recognize(turn.Activity, turn.Locale))
        {
            case QueueChoice.Mine:
                await SendInitiatievenAsync(turn, cancellationToken);
                await SendStillWaitingAsync(turn, nameof(ConversationTexts.QueueStillWaitingShort), cancellationToken);
                break;
            case QueueChoice.Cancel:
                // The host says it once the chat is out of the queue; a coordinator who took it first wins.
                turn.After(new CancelHandOff());
                break;
            default:
                await SendStillWaitingAsync(turn, nameof(ConversationTexts.QueueStillWaiting), cancellationToken);
                break;
        }
    }

    private static QueueChoice? Recognize(InboundMessage activity, string locale)
    {
        switch (activity.Value)
        {
            case QueueButtons.MineValue:
                return QueueChoice.Mine;
            case QueueButtons.CancelValue:
                return QueueChoice.Cancel;
        }

        if (GlobalCommandRecognizer.Recognize(activity) is GlobalCommand.Stop)
        {
            return QueueChoice.Cancel;
        }

        var typed = TextNormalizer.Fold(activity.Value ?? activity.Text);
        if (typed.Length == 0)
        {
            return null;
        }

        // The menu's own button, tapped from a message before the wait, means the same as ours.
        var mineTitles = new[] { "nl-NL", "en-GB", locale }.Select(l => TextNormalizer.Fold(Say.Text(nameof(ConversationTexts.MenuMyInitiatieven), l)));
        var cancelTitles = new[] { "nl-NL", "en-GB", locale }.Select(l => TextNormalizer.Fold(Say.Text(nameof(ConversationTexts.QueueCancel), l)));
        if (cancelTitles.Contains(typed) || CancelWords.Any(w => typed.Contains(w, StringComparison.Ordinal)))
        {
            return QueueChoice.Cancel;
        }

        return mineTitles.Contains(typed) || MineWords.Any(w => typed.Contains(w, StringComparison.Ordinal)) ? QueueChoice.Mine : null;
    }

    private async Task SendInitiatievenAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var locale = turn.Locale;
        var mine = await initiatieven.ForResidentAsync(turn.ResidentId(), cancellationToken);
        if (mine.Count == 0)
        {
            await turn.SendAsync(Say.Text(nameof(ConversationTexts.NoInitiatieven), locale), cancellationToken);
            return;
        }

        var list = new StringBuilder(Say.Text(nameof(ConversationTexts.YourInitiatieven), locale));
        foreach (var initiatief in mine)
        {
            list.Append("\n• ").Append(Say.Text(
                nameof(ConversationTexts.QueueInitiatiefLine),
                locale,
                initiatief.Title,
                InitiatiefOverview.StatusName(initiatief.Status, locale),
                DomainText.Get(initiatief.NextStepTextKey, locale)));
        }

        await turn.SendAsync(list.ToString(), cancellationToken);
    }

    private static Task SendStillWaitingAsync(TurnContext turn, string key, CancellationToken cancellationToken) =>
        turn.SendAsync(new OutboundMessage { Text = Say.Text(key, turn.Locale), Choices = QueueButtons.For(turn.Locale) }, cancellationToken);

    private enum QueueChoice
    {
        Mine,
        Cancel,
    }
}
