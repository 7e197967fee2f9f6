using BuurtBot.Dialogs.Conversations.Steun;
using BuurtBot.Dialogs.Conversations.Wijkagenda;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Prompts;
using Model = BuurtBot.Dialogs.Domain.Initiatieven.Initiatief;

namespace BuurtBot.Dialogs.Conversations.NieuwInitiatief;

/// <summary>
/// "Nieuw initiatief": where, what about, the idea in the resident's words, what it should
/// achieve and who is behind it; then similar ideas nearby, wederkerigheid, and a summary from
/// which any answer can be changed without starting over. Each question is an
/// <see cref="IntakeQuestionDialog"/> that passes the <see cref="IntakeDraft"/> on to the next.
/// Ends with the submitted initiatief's id, or null.
/// </summary>
public sealed class InitiatiefDialog : ComponentDialog
{
    public const string DialogId = "initiatief";
    // Saved stacks hold a waterfall's step by its number: the list with the photo question has an id of its
    // own, so an intake saved before that question existed goes on with the steps it was saved with.
    private const string QuestionsId = "initiatief.questions.foto";
    private const string QuestionsBeforePhotoId = "initiatief.questions";
    private const string SummaryId = "initiatief.summary";
    private const string SummaryPromptId = "initiatief.summary.choice";
    private const string DraftKey = "draft";
    private const string SubmittedKey = "submitted";

    private readonly AreaCatalog _areas;
    private readonly IInitiatiefStore _initiatieven;
    private readonly IPhotoLinks? _photos;

    public InitiatiefDialog(AreaCatalog areas, IInitiatiefStore initiatieven, IShareLinks shareLinks, IWijkagendaStore? wijkagenda = null, IPhotoLinks? photos = null)
        : base(DialogId)
    {
        _areas = areas;
        _initiatieven = initiatieven;
        _photos = photos;
        AddDialog(new WaterfallDialog(QuestionsId,
        [
            AskWijkAsync,
            AskBuurtAsync,
            AskThemaAsync,
            AskTitleAsync,
            AskDescriptionAsync,
            AskDoelAsync,
            AskNeighboursAsync,
            AskLocationAsync,
            AskPhotoAsync,
            OfferSimilarAsync,
            AskAfsprakenAsync,
            ShowSummaryAsync,
            ActOnSummaryAsync,
            AfterSummaryAsync,
        ]));
        AddDialog(new WaterfallDialog(QuestionsBeforePhotoId,
        [
            AskWijkAsync,
            AskBuurtAsync,
            AskThemaAsync,
            AskTitleAsync,
            AskDescriptionAsync,
            AskDoelAsync,
            AskNeighboursAsync,
            AskLocationAsync,
            OfferSimilarAsync,
            AskAfsprakenAsync,
            ShowSummaryAsync,
            ActOnSummaryAsync,
            AfterSummaryAsync,
        ]));

        // After a change the summary comes again, with the changed answer.
        AddDialog(new WaterfallDialog(SummaryId, [ShowSummaryAsync, ActOnSummaryAsync, AfterSummaryAsync]));
        AddDialog(new IntakeQuestionDialog(areas, wijkagenda));
        AddDialog(new PhotoQuestionDialog(areas));
        AddDialog(new SimilarIdeasDialog(initiatieven));
        AddDialog(new ChangeFieldDialog(areas, wijkagenda));
        AddDialog(new ChoicePrompt(SummaryPromptId));
        AddDialog(new PublishDialog(initiatieven, shareLinks));
    }

    private static async Task<DialogTurnResult> AskWijkAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.IntakeIntro), step.Context.Locale), cancellationToken);

        // Begun from a sentence at the menu, the intake starts with that idea as the draft description.
        var draft = step.Options is string json ? IntakeDraft.Parse(json) : new IntakeDraft();
        return await step.BeginDialogAsync(IntakeQuestionDialog.DialogId, new IntakeQuestionRequest(IntakeQuestion.Wijk, draft).ToJson(), cancellationToken);
    }

    private static Task<DialogTurnResult> AskBuurtAsync(WaterfallStepContext step, CancellationToken cancellationToken) => AskAsync(step, IntakeQuestion.Buurt, cancellationToken);

    private static Task<DialogTurnResult> AskThemaAsync(WaterfallStepContext step, CancellationToken cancellationToken) => AskAsync(step, IntakeQuestion.Thema, cancellationToken);

    private static Task<DialogTurnResult> AskTitleAsync(WaterfallStepContext step, CancellationToken cancellationToken) => AskAsync(step, IntakeQuestion.Title, cancellationToken);

    private static Task<DialogTurnResult> AskDescriptionAsync(WaterfallStepContext step, CancellationToken cancellationToken) => AskAsync(step, IntakeQuestion.Description, cancellationToken);

    private static Task<DialogTurnResult> AskDoelAsync(WaterfallStepContext step, CancellationToken cancellationToken) => AskAsync(step, IntakeQuestion.Doel, cancellationToken);

    private static Task<DialogTurnResult> AskNeighboursAsync(WaterfallStepContext step, CancellationToken cancellationToken) => AskAsync(step, IntakeQuestion.Neighbours, cancellationToken);

    private static Task<DialogTurnResult> AskLocationAsync(WaterfallStepContext step, CancellationToken cancellationToken) => AskAsync(step, IntakeQuestion.Location, cancellationToken);

    /// <summary>Only in a host that keeps photos; else straight on with the answers so far.</summary>
    private Task<DialogTurnResult> AskPhotoAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        _photos is null
            ? step.NextAsync(step.Result, cancellationToken)
            : step.BeginDialogAsync(PhotoQuestionDialog.DialogId, step.Result, cancellationToken);

    private static Task<DialogTurnResult> OfferSimilarAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.BeginDialogAsync(SimilarIdeasDialog.DialogId, step.Result, cancellationToken);

    /// <summary>No draft back from the similar ideas: the resident joined one of them, and the intake is done.</summary>
    private static Task<DialogTurnResult> AskAfsprakenAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Result is null ? step.EndDialogAsync(null, cancellationToken) : AskAsync(step, IntakeQuestion.Afspraken, cancellationToken);

    private static async Task<DialogTurnResult> ShowSummaryAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // In the questions the draft is the last answer's result; in the summary after a change, its options.
        var draft = IntakeDraft.Parse(step.Result ?? step.Options);
        step.SetValue(DraftKey, draft);
        var locale = step.Context.Locale;
        await step.Context.SendAsync(IntakeSummary.Text(draft, locale), cancellationToken);
        return await step.PromptAsync(SummaryPromptId, new PromptOptions
        {
            Prompt = Say.Text(nameof(ConversationTexts.SummaryQuestion), locale),
            Choices = IntakeSummary.Actions.For(locale),
            Step = new PromptStep(IntakeQuestionDialog.IntakeStepDialog, "samenvatting"),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ActOnSummaryAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        var draft = step.GetValue<IntakeDraft>(DraftKey)!;
        switch (IntakeSummary.Actions.Picked(step))
        {
            case SummaryAction.Submit:
                var initiatief = Submit(draft, step.Context.ResidentId(), step.Context.UtcNow());
                _initiatieven.Add(initiatief);
                if (_photos is not null && draft.Photos.Count > 0)
                {
                    await _photos.LinkToInitiatiefAsync(step.Context.ResidentId(), draft.Photos, initiatief.Id, cancellationToken);
                }

                await step.Context.SendAsync(
                    Say.Text(nameof(ConversationTexts.Submitted), locale, initiatief.Title) + "\n" +
                    Say.Text(nameof(ConversationTexts.NextStep), locale, DomainText.Get(initiatief.NextStepTextKey, locale)),
                    cancellationToken);
                step.SetValue(SubmittedKey, initiatief.Id.ToString());
                return await step.BeginDialogAsync(PublishDialog.DialogId, initiatief.Id.ToString(), cancellationToken);
            case SummaryAction.Change:
                return await step.BeginDialogAsync(ChangeFieldDialog.DialogId, draft.ToJson(), cancellationToken);
            default:
                await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.IntakeStopped), locale), cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
        }
    }

    /// <summary>Back from the question whether it may be public, the intake is done; back from a change, the summary again.</summary>
    private static Task<DialogTurnResult> AfterSummaryAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.GetValue<string>(SubmittedKey) is { } submittedId
            ? step.EndDialogAsync(submittedId, cancellationToken)
            : step.ReplaceDialogAsync(SummaryId, step.Result, cancellationToken);

    /// <summary>The next question, with the answers so far: the previous question's result (none before the first).</summary>
    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, IntakeQuestion question, CancellationToken cancellationToken)
    {
        var draft = step.Result is null ? new IntakeDraft() : IntakeDraft.Parse(step.Result);
        return step.BeginDialogAsync(IntakeQuestionDialog.DialogId, new IntakeQuestionRequest(question, draft).ToJson(), cancellationToken);
    }

    private Model Submit(IntakeDraft draft, string residentId, DateTime now)
    {
        var wijk = _areas.FindWijk(draft.Wijk!) ?? throw new InvalidOperationException($"Wijk '{draft.Wijk}' is not in the area file any more.");
        var buurt = draft.Buurt is null ? null : wijk.Buurten.FirstOrDefault(b => b.Name == draft.Buurt);
        InitiatiefLocation? location = draft.Latitude is { } lat && draft.Longitude is { } lon
            ? InitiatiefLocation.AtPoint(lat, lon, draft.Street)
            : draft.Street is { } street ? InitiatiefLocation.AtStreet(street) : null;
        var initiatief = Model.Submit(
            new InitiatiefDraft(draft.Title!, draft.Description!, draft.Thema!.Value, wijk, buurt, location, draft.Doel!, draft.Neighbours ?? 1),
            residentId,
            now);
        initiatief.ProposeWederkerigheid(draft.Afspraken, now);
        return initiatief;
    }
}
