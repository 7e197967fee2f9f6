using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Engine;

namespace BuurtBot.Dialogs.Conversations.Updates;

/// <summary>
/// Tells the resident, in plain words, that a coordinator moved their initiatief, why (when a
/// reason was given) and what happens next. Begun by the host as event <see cref="DialogId"/>.
/// </summary>
public sealed class StatusUpdateDialog : ComponentDialog
{
    public const string DialogId = "initiatief-status";

    private readonly IInitiatiefStore _initiatieven;

    public StatusUpdateDialog(IInitiatiefStore initiatieven)
        : base(DialogId)
    {
        _initiatieven = initiatieven;
        AddDialog(new WaterfallDialog("status.steps", [TellAsync]));
    }

    private async Task<DialogTurnResult> TellAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        if (Guid.TryParse(step.Options as string, out var id) && await _initiatieven.FindAsync(id, cancellationToken) is { } initiatief)
        {
            var status = DomainText.Get(InitiatiefLifecycle.StatusTextKey(initiatief.Status), locale);
            var text = Say.Text(nameof(ConversationTexts.StatusUpdate), locale, initiatief.Title, status);
            if (initiatief.Timeline.OrderBy(t => t.At).LastOrDefault() is { Reason: { Length: > 0 } reason, ActorKind: ActorKind.Coordinator })
            {
                text += "\n" + Say.Text(nameof(ConversationTexts.StatusReason), locale, reason);
            }

            text += "\n" + Say.Text(nameof(ConversationTexts.NextStep), locale, DomainText.Get(initiatief.NextStepTextKey, locale));
            await step.Context.SendAsync(text, cancellationToken);
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }
}
