using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Choices;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;

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
            Prompt = SteunText.Get("AskPublish", locale),
            Choices = [ReplyChoice.Of(SteunText.Get("PublishYes", locale)), ReplyChoice.Of(SteunText.Get("PublishNo", locale))],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        var yes = ((FoundChoice)step.Result!).Index == 0;
        var initiatief = Guid.TryParse(step.GetValue<string>(IdKey), out var id)
            ? await _initiatieven.FindAsync(id, cancellationToken)
            : null;
        if (!yes || initiatief is null || !initiatief.IsInitiatiefnemer(step.Context.ResidentId()))
        {
            await step.Context.SendAsync(SteunText.Get("NotPublished", locale), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        initiatief.Publish(initiatief.ShareCode ?? ShareCodes.New(), step.Context.UtcNow());
        await ShareMessages.SendAsync(step.Context, _shareLinks, initiatief.Title, initiatief.ShareCode!, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
