using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Prompts;

namespace BuurtBot.Dialogs.Conversations.Steun;

/// <summary>
/// "Mag je initiatief openbaar worden?" — what becomes public and what never does, then yes
/// (published with a random share code, and the links to share) or no. Begun with the
/// initiatief's id, after "Indienen" and from "Mijn initiatieven".
/// </summary>
public sealed class PublishDialog : ComponentDialog
{
    public const string DialogId = "publish";
    private const string AnswerPromptId = "publish.answer";
    private const string IdKey = "id";

    private static readonly OptionChoices<PublishAnswer> Answers = new(
        (PublishAnswer.Publish, locale => SteunText.Get(nameof(SteunTexts.PublishYes), locale)),
        (PublishAnswer.KeepPrivate, locale => SteunText.Get(nameof(SteunTexts.PublishNo), locale)));

    private readonly IInitiatiefStore _initiatieven;
    private readonly IShareLinks _shareLinks;

    public PublishDialog(IInitiatiefStore initiatieven, IShareLinks shareLinks)
        : base(DialogId)
    {
        _initiatieven = initiatieven;
        _shareLinks = shareLinks;
        AddDialog(new WaterfallDialog("publish.steps", [AskAsync, AnswerAsync]));
        AddDialog(new ChoicePrompt(AnswerPromptId));
    }

    // The initiatief may have been added this very turn (after "Indienen"), so it is only loaded
    // once the resident answers: by then the turn that added it is saved.
    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.SetValue(IdKey, step.Options as string);
        var locale = step.Context.Locale;
        return step.PromptAsync(AnswerPromptId, new PromptOptions
        {
            Prompt = SteunText.Get(nameof(SteunTexts.AskPublish), locale),
            Choices = Answers.For(locale),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        var yes = Answers.Picked(step) == PublishAnswer.Publish;
        var initiatief = Guid.TryParse(step.GetValue<string>(IdKey), out var id)
            ? await _initiatieven.FindAsync(id, cancellationToken)
            : null;
        if (!yes || initiatief is null || !initiatief.IsInitiatiefnemer(step.Context.ResidentId()))
        {
            await step.Context.SendAsync(SteunText.Get(nameof(SteunTexts.NotPublished), locale), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        initiatief = await _initiatieven.PublishAsync(initiatief.Id, step.Context.UtcNow(), cancellationToken);
        await ShareMessages.SendAsync(step.Context, _shareLinks, initiatief.Title, initiatief.ShareCode!, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
