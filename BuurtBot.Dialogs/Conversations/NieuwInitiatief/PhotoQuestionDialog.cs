using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.NieuwInitiatief;

/// <summary>
/// "Heb je een foto van de plek?", optional. A photo that says where it was taken (its GPS tag, which
/// the host removed from the stored image) is offered as the place when the intake has no point yet
/// and the spot lies in the gemeente; only a "ja" keeps it. Begun and ended with the draft as JSON.
/// </summary>
public sealed class PhotoQuestionDialog : ComponentDialog
{
    public const string DialogId = "initiatief.photo";
    private const string PhotoPromptId = "initiatief.photo.prompt";
    private const string PlacePromptId = "initiatief.photo.place";
    private const string DraftKey = "draft";
    private const string TakenAtKey = "takenAt";

    private readonly AreaCatalog _areas;

    public PhotoQuestionDialog(AreaCatalog areas)
        : base(DialogId)
    {
        _areas = areas;
        AddDialog(new WaterfallDialog("initiatief.photo.steps", [AskPhotoAsync, OfferPlaceAsync, KeepPlaceAsync]));
        AddDialog(new PhotoPrompt(PhotoPromptId));
        AddDialog(new ConfirmPrompt(PlacePromptId));
    }

    private static async Task<DialogTurnResult> AskPhotoAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.SetValue(DraftKey, IntakeDraft.Parse(step.Options));
        var locale = step.Context.Locale;
        return await step.PromptAsync(PhotoPromptId, new PromptOptions
        {
            Prompt = Say.Text(nameof(ConversationTexts.AskPhoto), locale),
            Choices = [ReplyChoice.Of(Say.Text(nameof(ConversationTexts.Skip), locale))],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> OfferPlaceAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.GetValue<IntakeDraft>(DraftKey)!;
        var locale = step.Context.Locale;
        if (step.Result is not PhotoAnswer { Reference: { } reference } answer)
        {
            return await step.EndDialogAsync(draft.ToJson(), cancellationToken);
        }

        draft = draft with { Photos = [.. draft.Photos, reference] };
        step.SetValue(DraftKey, draft);
        await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.PhotoThanks), locale), cancellationToken);
        if (answer.TakenAt is not { } point || draft.Latitude is not null)
        {
            return await step.EndDialogAsync(draft.ToJson(), cancellationToken);
        }

        if (_areas.SuggestWijkNear(point) is not { } wijk)
        {
            await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.PhotoPlaceOutside), locale), cancellationToken);
            return await step.EndDialogAsync(draft.ToJson(), cancellationToken);
        }

        step.SetValue(TakenAtKey, point);
        return await step.PromptAsync(PlacePromptId, new PromptOptions
        {
            Prompt = Say.Text(nameof(ConversationTexts.PhotoPlaceOffer), locale, wijk.Name),
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> KeepPlaceAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.GetValue<IntakeDraft>(DraftKey)!;
        var point = step.GetValue<GeoLocation>(TakenAtKey)!;
        var locale = step.Context.Locale;
        if (step.Result is true)
        {
            await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.PhotoPlaceUsed), locale), cancellationToken);
            draft = draft with { Latitude = point.Latitude, Longitude = point.Longitude };
        }
        else
        {
            await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.PhotoPlaceNotUsed), locale), cancellationToken);
        }

        // Either way the position leaves the dialog state: kept in the draft when wanted, else forgotten.
        step.SetValue<GeoLocation?>(TakenAtKey, null);
        return await step.EndDialogAsync(draft.ToJson(), cancellationToken);
    }
}
