using BuurtBot.Dialogs.Conversations.NieuwInitiatief;
using BuurtBot.Dialogs.Conversations.Wijkagenda;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Domain.Wijkjaren;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Choices;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.Wijkgesprek;

/// <summary>
/// "Praat mee over je wijk": the wijkanalyse in the chat. The wijk (when the chat does not know it),
/// the wijk's year in a few numbers, then three questions — wat is goed hier, wat moet anders, wat
/// zou je zelf doen — each answered with a thema, a sentence or both, or skipped; stored for the
/// wijkteam. From the menu, or begun by the wijkanalyse phase's "wijkgesprek" event with
/// <see cref="InviteOption"/>, which first asks whether the resident wants to talk now.
/// </summary>
public sealed class WijkgesprekDialog : ComponentDialog
{
    public const string DialogId = "wijkgesprek";
    public const string InviteOption = "invite";
    public const int MaxTextLength = 300;

    private const string StepsId = "wijkgesprek.steps";
    private const string ChoicePromptId = "wijkgesprek.choice";
    private const string WijkPromptId = "wijkgesprek.wijk";
    private const string AnswerPromptId = "wijkgesprek.answer";
    private const string WijkKey = "wijk";

    private static readonly OptionChoices<InviteAnswer> InviteAnswers = new(
        (InviteAnswer.Now, locale => WijkgesprekText.Get(nameof(WijkgesprekTexts.InviteYes), locale)),
        (InviteAnswer.Later, locale => WijkgesprekText.Get(nameof(WijkgesprekTexts.InviteLater), locale)));

    private readonly AreaCatalog _areas;
    private readonly IWijkgesprekStore _store;

    public WijkgesprekDialog(AreaCatalog areas, IWijkgesprekStore store)
        : base(DialogId)
    {
        _areas = areas;
        _store = store;
        AddDialog(new WaterfallDialog(StepsId, [InviteAsync, AskWijkAsync, AskGoedAsync, AskAndersAsync, AskZelfAsync, SaveAsync]));
        AddDialog(new ChoicePrompt(ChoicePromptId));
        AddDialog(new WijkPrompt(WijkPromptId, areas));
        AddDialog(new WijkgesprekPrompt(AnswerPromptId));
    }

    private static async Task<DialogTurnResult> InviteAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        if (step.Options is not string option || !option.StartsWith(InviteOption, StringComparison.Ordinal))
        {
            return await step.NextAsync(null, cancellationToken);
        }

        // "invite|Centrum": the phase job names the wijk whose wijkanalyse opened.
        var wijk = option.Split('|', 2) is [_, var named] ? named : "";
        return await step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = WijkgesprekText.Get(nameof(WijkgesprekTexts.Invite), locale, wijk),
            Choices = InviteAnswers.For(locale),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskWijkAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        if (step.Result is FoundChoice && InviteAnswers.Picked(step) == InviteAnswer.Later)
        {
            await step.Context.SendAsync(WijkgesprekText.Get(nameof(WijkgesprekTexts.InviteDeclined), locale), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (await _store.WijkOfAsync(step.Context.ResidentId(), cancellationToken) is { } known && _areas.FindWijk(known) is { } wijk)
        {
            return await step.NextAsync(new FoundChoice(0, wijk.Name, wijk.Name), cancellationToken);
        }

        return await step.PromptAsync(WijkPromptId, new PromptOptions
        {
            Prompt = WijkgesprekText.Get(nameof(WijkgesprekTexts.AskWijk), locale),
            Choices = [.. _areas.Wijken.Select(w => ReplyChoice.Of(w.Name))],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskGoedAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var wijk = ((FoundChoice)step.Result!).Value;
        step.SetValue(WijkKey, wijk);
        var locale = step.Context.Locale;
        var cijfers = await _store.CijfersAsync(wijk, cancellationToken);
        await step.Context.SendAsync(CijfersText(cijfers, wijk, locale), cancellationToken);
        return await AskAsync(step, WijkgesprekVraag.Goed, cancellationToken);
    }

    private static Task<DialogTurnResult> AskAndersAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Keep(step, WijkgesprekVraag.Goed);
        return AskAsync(step, WijkgesprekVraag.Anders, cancellationToken);
    }

    private static Task<DialogTurnResult> AskZelfAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Keep(step, WijkgesprekVraag.Anders);
        return AskAsync(step, WijkgesprekVraag.Zelf, cancellationToken);
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Keep(step, WijkgesprekVraag.Zelf);
        var wijk = step.GetValue<string>(WijkKey)!;
        var replies = Enum.GetValues<WijkgesprekVraag>()
            .Select(vraag => (vraag, pick: Kept(step, vraag)))
            .Where(r => r.pick is { IsSkipped: false })
            .Select(r => new WijkgesprekReply(r.vraag, r.pick!.Thema, r.pick.Text))
            .ToList();
        var locale = step.Context.Locale;
        if (replies.Count == 0)
        {
            await step.Context.SendAsync(WijkgesprekText.Get(nameof(WijkgesprekTexts.NothingSaid), locale), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        await _store.SaveAsync(new WijkgesprekAnswers(step.Context.ResidentId(), wijk, replies), cancellationToken);
        await step.Context.SendAsync(WijkgesprekText.Get(nameof(WijkgesprekTexts.Thanks), locale, wijk), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, WijkgesprekVraag vraag, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        return step.PromptAsync(AnswerPromptId, new PromptOptions
        {
            Prompt = WijkgesprekText.Get($"Ask{vraag}", locale, step.GetValue<string>(WijkKey)!),
            RetryPrompt = WijkgesprekText.Get(nameof(WijkgesprekTexts.Retry), locale),
            Choices =
            [
                .. ThemaCatalog.All.Where(t => t != Thema.Anders).Select(t => new ReplyChoice(ThemaCatalog.DisplayName(t, locale), t.ToString())),
                new ReplyChoice(WijkgesprekText.Get(nameof(WijkgesprekTexts.Skip), locale), WijkgesprekPrompt.SkipValue),
            ],
        }, cancellationToken);
    }

    private static void Keep(WaterfallStepContext step, WijkgesprekVraag vraag)
    {
        var pick = (WijkgesprekPick)step.Result!;
        step.SetValue($"{vraag}.thema", pick.Thema?.ToString());
        step.SetValue($"{vraag}.text", pick.Text);
    }

    private static WijkgesprekPick? Kept(WaterfallStepContext step, WijkgesprekVraag vraag)
    {
        var thema = Enum.TryParse<Thema>(step.GetValue<string>($"{vraag}.thema"), out var parsed) ? parsed : (Thema?)null;
        return new WijkgesprekPick(thema, step.GetValue<string>($"{vraag}.text"));
    }

    /// <summary>"Wijken in cijfers" in one short B1 message.</summary>
    internal static string CijfersText(WijkInCijfers cijfers, string wijk, string locale) =>
        cijfers.Initiatieven == 0
            ? WijkgesprekText.Get(nameof(WijkgesprekTexts.CijfersNone), locale, wijk, cijfers.Year)
            : WijkgesprekText.Get(nameof(WijkgesprekTexts.Cijfers), locale, wijk, cijfers.Year, cijfers.Initiatieven, cijfers.Buurtdeals, cijfers.AfsprakenGedaan, cijfers.Afspraken);
}
