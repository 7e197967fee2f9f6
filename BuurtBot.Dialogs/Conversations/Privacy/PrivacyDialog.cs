using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Choices;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.Privacy;

/// <summary>
/// What is kept and why, "mijn gegevens" (everything as one JSON file) and "vergeet mij" (erased
/// after a confirmation). Begun from the menu, or straight at export/erase when typed anywhere.
/// </summary>
public sealed class PrivacyDialog : ComponentDialog
{
    public const string DialogId = "privacy";
    public const string ExportOption = "export";
    public const string EraseOption = "erase";

    private const string ChoicePromptId = "privacy.choice";
    private const string ConfirmPromptId = "privacy.confirm";
    private const string WhatValue = "what";
    private const string MenuValue = "menu";

    private readonly IResidentData _residentData;

    public PrivacyDialog(IResidentData residentData)
        : base(DialogId)
    {
        _residentData = residentData;
        AddDialog(new WaterfallDialog("privacy.steps", [AskAsync, ActAsync, AfterConfirmAsync]));
        AddDialog(new ChoicePrompt(ChoicePromptId));
        AddDialog(new ConfirmPrompt(ConfirmPromptId));
    }

    private static async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Options is ExportOption or EraseOption)
        {
            return await step.NextAsync(step.Options, cancellationToken);
        }

        var locale = step.Context.Locale;
        return await step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = Say.Text(nameof(ConversationTexts.PrivacyQuestion), locale),
            Choices =
            [
                new ReplyChoice(Say.Text(nameof(ConversationTexts.PrivacyWhat), locale), WhatValue),
                new ReplyChoice(Say.Text(nameof(ConversationTexts.PrivacyExport), locale), ExportOption),
                new ReplyChoice(Say.Text(nameof(ConversationTexts.PrivacyErase), locale), EraseOption),
                new ReplyChoice(Say.Text(nameof(ConversationTexts.BackToMenu), locale), MenuValue),
            ],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ActAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        var action = step.Result is FoundChoice choice ? choice.Value : step.Result as string;
        switch (action)
        {
            case WhatValue:
                await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.PrivacyStatement), locale, _residentData.Retention.InitiatiefMonths, _residentData.Retention.ConversationMonths), cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
            case ExportOption:
                var file = await _residentData.ExportAsync(step.Context.ResidentId(), cancellationToken);
                await step.Context.SendAsync(new OutboundMessage
                {
                    Text = Say.Text(nameof(ConversationTexts.ExportReady), locale),
                    Attachment = new OutboundAttachment("buurtbot-mijn-gegevens.json", "application/json", file),
                }, cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
            case EraseOption:
                return await step.PromptAsync(ConfirmPromptId, new PromptOptions { Prompt = Say.Text(nameof(ConversationTexts.ConfirmErase), locale) }, cancellationToken);
            default:
                return await step.EndDialogAsync(null, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> AfterConfirmAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        if (step.Result is true)
        {
            step.Context.After(new EraseResident());
            step.Context.ConsentGiven = false;
            await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.Erased), locale), cancellationToken);

            // Nothing of the conversation is left to go back to: no menu, no open question.
            return await step.CancelAllDialogsAsync(cancelParents: true, cancellationToken);
        }

        await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.NotErased), locale), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
