using BuurtBot.Dialogs.Conversations.CheckIn;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Prompts;

namespace BuurtBot.Dialogs.Conversations.Evaluatie;

/// <summary>
/// The evaluation at the end of a buurtdeal, begun by the host's "evaluatie" event with the
/// initiatief's id: satisfaction 1–5, what went well, what could be better, would you do it again.
/// Stored on the initiatief when the last answer is in; the coordinator then closes it (Afgerond).
/// </summary>
public sealed class EvaluatieDialog : ComponentDialog
{
    public const string EventName = "evaluatie";

    private const string FlowId = "evaluatie.flow";
    private const string SatisfactionPromptId = "evaluatie.satisfaction";
    private const string TextPromptId = "evaluatie.text";
    private const string AgainPromptId = "evaluatie.again";
    private const string DraftKey = "draft";

    private readonly IMonitoringStore _monitoring;

    public EvaluatieDialog(IMonitoringStore monitoring)
        : base(EventName)
    {
        _monitoring = monitoring;
        AddDialog(new WaterfallDialog(FlowId, [StartAsync, AskWentWellAsync, AskCouldBeBetterAsync, AskAgainAsync, StoreAsync]));
        AddDialog(new NumberPrompt<int>(SatisfactionPromptId, (prompt, _) =>
            Task.FromResult(prompt.Recognized is { Succeeded: true, Value: >= 1 and <= 5 })));
        AddDialog(new TextPrompt(TextPromptId));
        AddDialog(new ConfirmPrompt(AgainPromptId));
    }

    private async Task<DialogTurnResult> StartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(step.Options as string, out var initiatiefId)
            || await _monitoring.FindEvaluatieTitleAsync(initiatiefId, cancellationToken) is not { } title)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var locale = step.Context.Locale;
        step.SetValue(DraftKey, new EvaluatieDraft(initiatiefId));
        await step.Context.SendAsync(EvaluatieText.Get("Intro", locale, title), cancellationToken);
        return await step.PromptAsync(SatisfactionPromptId, new PromptOptions
        {
            Prompt = EvaluatieText.Get("AskSatisfaction", locale),
            RetryPrompt = EvaluatieText.Get("RetrySatisfaction", locale),
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> AskWentWellAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Update(step, draft => draft with { Satisfaction = (int)step.Result! });
        return Ask(step, "AskWentWell", cancellationToken);
    }

    private static Task<DialogTurnResult> AskCouldBeBetterAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Update(step, draft => draft with { WentWell = (string)step.Result! });
        return Ask(step, "AskCouldBeBetter", cancellationToken);
    }

    private static Task<DialogTurnResult> AskAgainAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Update(step, draft => draft with { CouldBeBetter = (string)step.Result! });
        return step.PromptAsync(AgainPromptId, new PromptOptions { Prompt = EvaluatieText.Get("AskAgain", step.Context.Locale) }, cancellationToken);
    }

    private async Task<DialogTurnResult> StoreAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.GetValue<EvaluatieDraft>(DraftKey)!;
        var residentId = step.Context.Conversation.ConversationId.ToString("D");
        await _monitoring.StoreEvaluatieAsync(
            new EvaluatieAnswer(draft.InitiatiefId, draft.Satisfaction, draft.WentWell, draft.CouldBeBetter, (bool)step.Result!, residentId),
            cancellationToken);
        await step.Context.SendAsync(EvaluatieText.Get("Thanks", step.Context.Locale), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> Ask(WaterfallStepContext step, string key, CancellationToken cancellationToken) =>
        step.PromptAsync(TextPromptId, new PromptOptions { Prompt = EvaluatieText.Get(key, step.Context.Locale) }, cancellationToken);

    private static void Update(WaterfallStepContext step, Func<EvaluatieDraft, EvaluatieDraft> change) =>
        step.SetValue(DraftKey, change(step.GetValue<EvaluatieDraft>(DraftKey)!));
}
