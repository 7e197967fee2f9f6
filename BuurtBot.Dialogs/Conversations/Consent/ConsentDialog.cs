using BuurtBot.Dialogs.Conversations.Privacy;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Choices;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.Consent;

/// <summary>
/// First contact: who we are, what we keep and why, and the resident's yes or no. Until they say
/// yes the bot asks nothing personal; a no erases what this chat stored so far.
/// </summary>
public sealed class ConsentDialog : ComponentDialog
{
    public const string DialogId = "consent";
    private const string AnswerPrompt = "consent.answer";

    private readonly IResidentData _residentData;

    public ConsentDialog(IResidentData residentData)
        : base(DialogId)
    {
        _residentData = residentData;
        AddDialog(new WaterfallDialog("consent.steps", [WelcomeAsync, RecordAnswerAsync]));
        AddDialog(new ChoicePrompt(AnswerPrompt));
    }

    private static async Task<DialogTurnResult> WelcomeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.ConsentWelcome), locale), cancellationToken);
        return await step.PromptAsync(AnswerPrompt, new PromptOptions
        {
            Prompt = Say.Text(nameof(ConversationTexts.ConsentNotice), locale),
            Choices =
            [
                ReplyChoice.Of(Say.Text(nameof(ConversationTexts.ConsentAgree), locale)),
                ReplyChoice.Of(Say.Text(nameof(ConversationTexts.ConsentDecline), locale)),
            ],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> RecordAnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var agreed = ((FoundChoice)step.Result!).Index == 0;
        if (agreed)
        {
            step.Context.ConsentGiven = true;
            return await step.EndDialogAsync(true, cancellationToken);
        }

        _residentData.EraseAfterTurn(step.Context.ResidentId());
        await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.ConsentDeclined), step.Context.Locale), cancellationToken);
        return await step.EndDialogAsync(false, cancellationToken);
    }
}
