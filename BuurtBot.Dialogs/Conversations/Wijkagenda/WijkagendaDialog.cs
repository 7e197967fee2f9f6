using BuurtBot.Dialogs.Conversations.NieuwInitiatief;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Choices;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.Wijkagenda;

/// <summary>
/// "Wat vind jij belangrijk in je buurt?": the wijk (when the chat does not know it yet), up to
/// three themes (the question comes back until "Klaar" or three), one sentence, stored for the
/// wijkagenda. From the menu, or begun by the yearly job's "wijkagenda" event with
/// <see cref="InviteOption"/>, which first asks whether the resident wants to answer now.
/// </summary>
public sealed class WijkagendaDialog : ComponentDialog
{
    public const string DialogId = "wijkagenda";
    public const string InviteOption = "invite";
    public const int MaxThemas = 3;
    public const int MaxSentenceLength = 200;

    private const string StepsId = "wijkagenda.steps";
    private const string ThemaLoopId = "wijkagenda.themas";
    private const string ChoicePromptId = "wijkagenda.choice";
    private const string WijkPromptId = "wijkagenda.wijk";
    private const string SentencePromptId = "wijkagenda.sentence";
    private const string DoneValue = "klaar";
    private const string DraftKey = "draft";

    private static readonly OptionChoices<InviteAnswer> InviteAnswers = new(
        (InviteAnswer.Now, locale => WijkagendaText.Get(nameof(WijkagendaTexts.InviteAnswer), locale)),
        (InviteAnswer.Later, locale => WijkagendaText.Get(nameof(WijkagendaTexts.InviteLater), locale)));

    private readonly AreaCatalog _areas;
    private readonly IWijkagendaStore _wijkagenda;

    public WijkagendaDialog(AreaCatalog areas, IWijkagendaStore wijkagenda)
        : base(DialogId)
    {
        _wijkagenda = wijkagenda;
        _areas = areas;
        AddDialog(new WaterfallDialog(StepsId, [InviteAsync, AskWijkAsync, AskThemasAsync, AskSentenceAsync, SaveAsync]));
        AddDialog(new WaterfallDialog(ThemaLoopId, [AskThemaAsync, AddThemaAsync]));
        AddDialog(new ChoicePrompt(ChoicePromptId));
        AddDialog(new WijkPrompt(WijkPromptId, areas));
        AddDialog(new SentencePrompt(SentencePromptId));
    }

    private static async Task<DialogTurnResult> InviteAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        if (step.Options as string != InviteOption)
        {
            await step.Context.SendAsync(WijkagendaText.Get(nameof(WijkagendaTexts.Intro), locale), cancellationToken);
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(ChoicePromptId, new PromptOptions { Prompt = WijkagendaText.Get(nameof(WijkagendaTexts.Invite), locale), Choices = InviteAnswers.For(locale) }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskWijkAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        if (step.Result is FoundChoice && InviteAnswers.Picked(step) == InviteAnswer.Later)
        {
            await step.Context.SendAsync(WijkagendaText.Get(nameof(WijkagendaTexts.InviteDeclined), locale), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (await _wijkagenda.WijkOfAsync(step.Context.ResidentId(), cancellationToken) is { } known && _areas.FindWijk(known) is { } wijk)
        {
            step.SetValue(DraftKey, (WijkagendaDraft.Empty with { Wijk = wijk.Name }).ToJson());
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(WijkPromptId, new PromptOptions
        {
            Prompt = WijkagendaText.Get(nameof(WijkagendaTexts.AskWijk), locale),
            Choices = [.. _areas.Wijken.Select(w => ReplyChoice.Of(w.Name))],
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> AskThemasAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.Result is FoundChoice wijk ? WijkagendaDraft.Empty with { Wijk = wijk.Value } : Draft(step);
        return step.BeginDialogAsync(ThemaLoopId, draft.ToJson(), cancellationToken);
    }

    private static async Task<DialogTurnResult> AskThemaAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var chosen = WijkagendaDraft.Parse(step.Options).Themas;
        if (chosen.Count >= MaxThemas)
        {
            return await step.EndDialogAsync(step.Options, cancellationToken);
        }

        var locale = step.Context.Locale;
        var prompt = chosen.Count == 0
            ? WijkagendaText.Get(nameof(WijkagendaTexts.AskThema), locale)
            : WijkagendaText.Get(nameof(WijkagendaTexts.AskMoreThema), locale, string.Join(", ", chosen.Select(t => ThemaCatalog.DisplayName(t, locale))));
        return await step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = prompt,
            Choices =
            [
                .. ThemaCatalog.All.Where(t => !chosen.Contains(t)).Select(t => new ReplyChoice(ThemaCatalog.DisplayName(t, locale), t.ToString())),
                new ReplyChoice(WijkagendaText.Get(nameof(WijkagendaTexts.Done), locale), DoneValue),
            ],
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> AddThemaAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = WijkagendaDraft.Parse(step.Options);
        var picked = ((FoundChoice)step.Result!).Value;
        if (picked == DoneValue || !Enum.TryParse<Thema>(picked, out var thema))
        {
            return await step.EndDialogAsync(step.Options, cancellationToken);
        }

        return await step.ReplaceDialogAsync(ThemaLoopId, (draft with { Themas = [.. draft.Themas.Append(thema).Distinct()] }).ToJson(), cancellationToken);
    }

    private static async Task<DialogTurnResult> AskSentenceAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = WijkagendaDraft.Parse(step.Result);
        step.SetValue(DraftKey, draft.ToJson());
        var locale = step.Context.Locale;
        if (draft.Themas.Count == 0)
        {
            await step.Context.SendAsync(WijkagendaText.Get(nameof(WijkagendaTexts.NoThema), locale), cancellationToken);
        }

        return await step.PromptAsync(SentencePromptId, new PromptOptions { Prompt = WijkagendaText.Get(nameof(WijkagendaTexts.AskSentence), locale, MaxSentenceLength) }, cancellationToken);
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        var sentence = ((string)step.Result!).Trim();
        await _wijkagenda.SaveAsync(new WijkagendaAnswer(step.Context.ResidentId(), draft.Wijk!, draft.Themas, sentence), cancellationToken);
        await step.Context.SendAsync(WijkagendaText.Get(nameof(WijkagendaTexts.Thanks), step.Context.Locale, draft.Wijk!), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static WijkagendaDraft Draft(WaterfallStepContext step) => WijkagendaDraft.Parse(step.GetValue<string>(DraftKey));
}
