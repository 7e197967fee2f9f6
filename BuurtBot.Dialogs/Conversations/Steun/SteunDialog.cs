using BuurtBot.Dialogs.Conversations.NieuwInitiatief;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Prompts;

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

    private static readonly OptionChoices<SteunAnswer> Answers = new(
        (SteunAnswer.Support, locale => SteunText.Get(nameof(SteunTexts.SupportYes), locale)),
        (SteunAnswer.NotNow, locale => SteunText.Get(nameof(SteunTexts.SupportNo), locale)));

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
            await step.Context.SendAsync(SteunText.Get(nameof(SteunTexts.UnknownCode), locale), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        await step.Context.SendAsync(
            SteunText.Get(nameof(SteunTexts.ShowInitiatief), locale, initiatief.Title, initiatief.Wijk, TextRules.Shorten(initiatief.Description, DescriptionShownLength), initiatief.Supporters),
            cancellationToken);
        if (initiatief.IsOwn)
        {
            await step.Context.SendAsync(SteunText.Get(nameof(SteunTexts.OwnInitiatief), locale), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.SetValue(IdKey, initiatief.Id.ToString("D"));
        step.SetValue(TitleKey, initiatief.Title);
        return await step.PromptAsync(AnswerPromptId, new PromptOptions
        {
            Prompt = SteunText.Get(nameof(SteunTexts.AskSupport), locale),
            Choices = Answers.For(locale),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> RecordAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        var title = step.GetValue<string>(TitleKey) ?? "";
        if (Answers.Picked(step) != SteunAnswer.Support)
        {
            await step.Context.SendAsync(SteunText.Get(nameof(SteunTexts.NotSupported), locale), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var id = Guid.Parse(step.GetValue<string>(IdKey)!);
        var result = await _steun.SupportAsync(id, step.Context.ResidentId(), cancellationToken);
        var text = result.Outcome switch
        {
            SteunOutcome.Counted => SteunText.Get(nameof(SteunTexts.Supported), locale, title, result.Supporters),
            SteunOutcome.AlreadySupported => SteunText.Get(nameof(SteunTexts.AlreadySupported), locale, title),
            _ => SteunText.Get(nameof(SteunTexts.OwnInitiatief), locale),
        };
        await step.Context.SendAsync(text, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
