using BuurtBot.Dialogs.Conversations.NieuwInitiatief;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Choices;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.Steun;

/// <summary>
/// A neighbour opened a share link: the initiatief (title, wijk, a short description, how many
/// support it) and one tap to support it, counted once. Begun with the share code, by the main
/// dialog after the privacy question, or as a host event when the resident already agreed.
/// </summary>
public sealed class SteunDialog : ComponentDialog
{
    public const string DialogId = "steun";
    private const string AnswerPromptId = "steun.answer";
    private const string IdKey = "id";
    private const string TitleKey = "title";
    private const int DescriptionShownLength = 300;

    private readonly ISteunStore _steun;

    public SteunDialog(ISteunStore steun)
        : base(DialogId)
    {
        _steun = steun;
        AddDialog(new WaterfallDialog("steun.steps", [ShowAsync, RecordAsync]));
        AddDialog(new ChoicePrompt(AnswerPromptId));
    }

    private async Task<DialogTurnResult> ShowAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        var code = step.Options as string;
        var initiatief = code is null or SteunLink.InvalidCode ? null : await _steun.FindPublishedAsync(code, step.Context.ResidentId(), cancellationToken);
        if (initiatief is null)
        {
            await step.Context.SendAsync(SteunText.Get("UnknownCode", locale), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        await step.Context.SendAsync(
            SteunText.Get("ShowInitiatief", locale, initiatief.Title, initiatief.Wijk, TextRules.Shorten(initiatief.Description, DescriptionShownLength), initiatief.Supporters),
            cancellationToken);
        if (initiatief.IsOwn)
        {
            await step.Context.SendAsync(SteunText.Get("OwnInitiatief", locale), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.SetValue(IdKey, initiatief.Id.ToString("D"));
        step.SetValue(TitleKey, initiatief.Title);
        return await step.PromptAsync(AnswerPromptId, new PromptOptions
        {
            Prompt = SteunText.Get("AskSupport", locale),
            Choices = [ReplyChoice.Of(SteunText.Get("SupportYes", locale)), ReplyChoice.Of(SteunText.Get("SupportNo", locale))],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> RecordAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        var title = step.GetValue<string>(TitleKey) ?? "";
        if (((FoundChoice)step.Result!).Index != 0)
        {
            await step.Context.SendAsync(SteunText.Get("NotSupported", locale), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var id = Guid.Parse(step.GetValue<string>(IdKey)!);
        var result = await _steun.SupportAsync(id, step.Context.ResidentId(), cancellationToken);
        var text = result.Outcome switch
        {
            SteunOutcome.Counted => SteunText.Get("Supported", locale, title, result.Supporters),
            SteunOutcome.AlreadySupported => SteunText.Get("AlreadySupported", locale, title),
            _ => SteunText.Get("OwnInitiatief", locale),
        };
        await step.Context.SendAsync(text, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
