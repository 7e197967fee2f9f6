using BuurtBot.Dialogs.Conversations.Privacy;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Prompts;

namespace BuurtBot.Dialogs.Conversations.Consent;

/// <summary>
/// First contact: who we are, what we keep and why, and the resident's yes or no. Until they say
/// yes the bot asks nothing personal; a no erases what this chat stored so far.
/// </summary>
public sealed class ConsentDialog : ComponentDialog
{
    public const string DialogId = "consent";
    internal const string AnswerPrompt = "consent.answer";

    internal static readonly OptionChoices<ConsentAnswer> Answers = new(
        (ConsentAnswer.Agree, locale => Say.Text(nameof(ConversationTexts.ConsentAgree), locale)),
        (ConsentAnswer.Decline, locale => Say.Text(nameof(ConversationTexts.ConsentDecline), locale)));

    private readonly DataRetention _retention;

    public ConsentDialog(DataRetention retention)
        : base(DialogId)
    {
        _retention = retention ?? throw new ArgumentNullException(nameof(retention));
        AddDialog(new WaterfallDialog("consent.steps", [WelcomeAsync, RecordAnswerAsync]));
        AddDialog(new ChoicePrompt(AnswerPrompt));
    }

    private async Task<DialogTurnResult> WelcomeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.ConsentWelcome), locale), cancellationToken);
        return await step.PromptAsync(AnswerPrompt, new PromptOptions
        {
            Prompt = Say.Text(nameof(ConversationTexts.ConsentNotice), locale, _retention.InitiatiefMonths, _retention.ConversationMonths),
            Choices = Answers.For(locale),
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> RecordAnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (Answers.Picked(step) == ConsentAnswer.Agree)
        {
            step.Context.ConsentGiven = true;
            return await step.EndDialogAsync(true, cancellationToken);
        }

        step.Context.After(new EraseResident());
        await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.ConsentDeclined), step.Context.Locale), cancellationToken);
        return await step.EndDialogAsync(false, cancellationToken);
    }
}
