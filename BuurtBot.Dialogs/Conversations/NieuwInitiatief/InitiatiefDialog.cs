using System.Globalization;
using System.Text;
using System.Text.Json;
using BuurtBot.Dialogs.Conversations.Steun;
using BuurtBot.Dialogs.Conversations.Wederkerigheid;
using BuurtBot.Dialogs.Conversations.Wijkagenda;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Choices;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;
using Model = BuurtBot.Dialogs.Domain.Initiatieven.Initiatief;

namespace BuurtBot.Dialogs.Conversations.NieuwInitiatief;

/// <summary>
/// "Nieuw initiatief": where, what about, the idea in the resident's words, what it should
/// achieve and who is behind it; then similar ideas nearby, wederkerigheid, and a summary from
/// which any answer can be changed without starting over.
/// </summary>
public sealed class InitiatiefDialog : ComponentDialog
{
    public const string DialogId = "initiatief";
    private const string StepsId = "initiatief.steps";
    private const string DraftKey = "draft";
    private const string EditKey = "edit";
    private const string SimilarKey = "similar";
    private const string SubmittedKey = "submitted";
    private const int MaxSimilarShown = 3;

    // Not empty: a channel sends a button's value back as the resident's message (Telegram's callback data,
    // Direct Line's imBack), and an empty message matches no choice.
    private const string UnknownBuurt = "buurt:onbekend";

    private const string WijkPromptId = "initiatief.wijk";
    private const string ChoicePromptId = "initiatief.choice";
    private const string TitlePromptId = "initiatief.title";
    private const string DescriptionPromptId = "initiatief.description";
    private const string DoelPromptId = "initiatief.doel";
    private const string NeighboursPromptId = "initiatief.neighbours";
    private const string LocationPromptId = "initiatief.location";

    private readonly AreaCatalog _areas;

    private readonly IInitiatiefStore _initiatieven;
    private readonly IWijkagendaStore? _wijkagenda;

    public InitiatiefDialog(AreaCatalog areas, IInitiatiefStore initiatieven, IShareLinks shareLinks, IWijkagendaStore? wijkagenda = null)
        : base(DialogId)
    {
        _initiatieven = initiatieven;
        _wijkagenda = wijkagenda;
        _areas = areas;
        AddDialog(new WaterfallDialog(StepsId,
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
            AskWederkerigheidAsync,
            ShowSummaryAsync,
            ActOnSummaryAsync,
            RestartForChangeAsync,
        ]));
        AddDialog(new PublishDialog(initiatieven, shareLinks));
        AddDialog(new WijkPrompt(WijkPromptId, areas));
        AddDialog(new ChoicePrompt(ChoicePromptId));
        AddDialog(new TextPrompt(TitlePromptId, ValidateTitleAsync));
        AddDialog(new LongTextPrompt(DescriptionPromptId, Model.MaxDescriptionLength));
        AddDialog(new LongTextPrompt(DoelPromptId, 1000));
        AddDialog(new NumberPrompt<int>(NeighboursPromptId, ValidateNeighboursAsync));
        AddDialog(new LocationPrompt(LocationPromptId));
        AddDialog(new WederkerigheidDialog());
    }

    private async Task<DialogTurnResult> AskWijkAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        if (step.Options is string json && JsonSerializer.Deserialize<IntakeEdit>(json) is { } edit)
        {
            step.SetValue(DraftKey, edit.Draft);
            step.SetValue(EditKey, edit.Field.ToString());
        }
        else
        {
            step.SetValue(DraftKey, new IntakeDraft());
            await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.IntakeIntro), locale), cancellationToken);
        }

        if (Skips(step, IntakeField.Wijk))
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var question = step.Context.Capabilities.SupportsLocation ? nameof(ConversationTexts.AskWijkWithLocation) : nameof(ConversationTexts.AskWijk);
        return await step.PromptAsync(WijkPromptId, new PromptOptions
        {
            Prompt = Say.Text(question, locale),
            RetryPrompt = Say.Text(nameof(ConversationTexts.WijkRetry), locale),
            Choices = [.. _areas.Wijken.Select(w => ReplyChoice.Of(w.Name))],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskBuurtAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is FoundChoice wijk)
        {
            Update(step, d => d with { Wijk = wijk.Value, Buurt = null });
        }

        var buurten = _areas.FindWijk(Draft(step).Wijk ?? "")?.Buurten ?? [];
        if (Skips(step, IntakeField.Wijk) || buurten.Count == 0)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var locale = step.Context.Locale;
        return await step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = Say.Text(nameof(ConversationTexts.AskBuurt), locale),
            Choices = [.. buurten.Select(b => ReplyChoice.Of(b.Name)), new ReplyChoice(Say.Text(nameof(ConversationTexts.BuurtUnknown), locale), UnknownBuurt)],
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskThemaAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is FoundChoice buurt)
        {
            Update(step, d => d with { Buurt = buurt.Value == UnknownBuurt ? null : buurt.Value });
        }

        if (Skips(step, IntakeField.Thema))
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var locale = step.Context.Locale;
        return await step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = Say.Text(nameof(ConversationTexts.AskThema), locale),
            Choices = [.. ThemaCatalog.All.Select(t => new ReplyChoice(ThemaCatalog.DisplayName(t, locale), t.ToString()))],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskTitleAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is FoundChoice thema)
        {
            Update(step, d => d with { Thema = thema.Value });
            await TellWijkagendaFitAsync(step, cancellationToken);
        }

        return Skips(step, IntakeField.Title)
            ? await step.NextAsync(null, cancellationToken)
            : await step.PromptAsync(TitlePromptId, new PromptOptions
            {
                Prompt = Say.Text(nameof(ConversationTexts.AskTitle), step.Context.Locale, Model.MaxTitleLength),
            }, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskDescriptionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is string title)
        {
            Update(step, d => d with { Title = title.Trim() });
        }

        return Skips(step, IntakeField.Description)
            ? await step.NextAsync(null, cancellationToken)
            : await step.PromptAsync(DescriptionPromptId, new PromptOptions { Prompt = Say.Text(nameof(ConversationTexts.AskDescription), step.Context.Locale) }, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskDoelAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is string description)
        {
            Update(step, d => d with { Description = description });
        }

        return Skips(step, IntakeField.Doel)
            ? await step.NextAsync(null, cancellationToken)
            : await step.PromptAsync(DoelPromptId, new PromptOptions { Prompt = Say.Text(nameof(ConversationTexts.AskDoel), step.Context.Locale) }, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskNeighboursAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is string doel)
        {
            Update(step, d => d with { Doel = doel });
        }

        var locale = step.Context.Locale;
        return Skips(step, IntakeField.Neighbours)
            ? await step.NextAsync(null, cancellationToken)
            : await step.PromptAsync(NeighboursPromptId, new PromptOptions
            {
                Prompt = Say.Text(nameof(ConversationTexts.AskNeighbours), locale),
                RetryPrompt = Say.Text(nameof(ConversationTexts.NeighboursRetry), locale),
            }, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskLocationAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is int neighbours)
        {
            Update(step, d => d with { Neighbours = neighbours });
        }

        var locale = step.Context.Locale;
        return Skips(step, IntakeField.Location)
            ? await step.NextAsync(null, cancellationToken)
            : await step.PromptAsync(LocationPromptId, new PromptOptions
            {
                Prompt = Say.Text(nameof(ConversationTexts.AskLocation), locale),
                Choices = [ReplyChoice.Of(Say.Text(nameof(ConversationTexts.Skip), locale))],
            }, cancellationToken);
    }

    private async Task<DialogTurnResult> OfferSimilarAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        if (step.Result is LocationAnswer location)
        {
            var skipped = location.Point is null && string.Equals(location.Description, Say.Text(nameof(ConversationTexts.Skip), locale), StringComparison.OrdinalIgnoreCase);
            Update(step, d => d with
            {
                Street = skipped ? null : location.Description?.Trim() is { Length: > 0 } street ? Truncate(street, 200) : null,
                Latitude = location.Point?.Latitude,
                Longitude = location.Point?.Longitude,
            });
        }

        if (step.GetValue<string>(EditKey) is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var draft = Draft(step);
        var similar = await _initiatieven.FindSimilarAsync(
            draft.Wijk!, draft.Buurt, Enum.Parse<Thema>(draft.Thema!), draft.Title!, cancellationToken);
        var residentId = step.Context.ResidentId();
        var candidates = similar.Where(i => !i.IsInitiatiefnemer(residentId)).Take(MaxSimilarShown).ToList();
        if (candidates.Count == 0)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var list = new StringBuilder(Say.Text(nameof(ConversationTexts.SimilarFound), locale));
        foreach (var other in candidates)
        {
            list.Append("\n• ").Append(other.Title).Append(" (").Append(DomainText.Get(InitiatiefLifecycle.StatusTextKey(other.Status), locale)).Append(')');
        }

        await step.Context.SendAsync(list.ToString(), cancellationToken);
        step.SetValue(SimilarKey, string.Join(',', candidates.Select(c => c.Id)));
        return await step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = Say.Text(nameof(ConversationTexts.SimilarQuestion), locale),
            Choices =
            [
                .. candidates.Select(c => new ReplyChoice(Say.Text(nameof(ConversationTexts.JoinPrefix), locale, c.Title), c.Id.ToString())),
                new ReplyChoice(Say.Text(nameof(ConversationTexts.OwnIdea), locale), "own"),
            ],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskWederkerigheidAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is FoundChoice { Value: not "own" } join && Guid.TryParse(join.Value, out var joinId))
        {
            if (await _initiatieven.FindAsync(joinId, cancellationToken) is { } other)
            {
                other.AddMedeInitiatiefnemer(step.Context.ResidentId(), step.Context.UtcNow());
                await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.Joined), step.Context.Locale, other.Title), cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
            }
        }

        var edit = step.GetValue<string>(EditKey);
        return edit is not null && edit != nameof(IntakeField.Afspraken)
            ? await step.NextAsync(null, cancellationToken)
            : await step.BeginDialogAsync(WederkerigheidDialog.DialogId, Draft(step).Thema, cancellationToken);
    }

    private async Task<DialogTurnResult> ShowSummaryAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is string afsprakenJson && JsonSerializer.Deserialize<List<AfspraakDraft>>(afsprakenJson) is { } afspraken)
        {
            Update(step, d => d with { Afspraken = afspraken });
        }

        var locale = step.Context.Locale;
        await step.Context.SendAsync(Summary(Draft(step), locale), cancellationToken);
        return await step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = Say.Text(nameof(ConversationTexts.SummaryQuestion), locale),
            Choices =
            [
                ReplyChoice.Of(Say.Text(nameof(ConversationTexts.Submit), locale)),
                ReplyChoice.Of(Say.Text(nameof(ConversationTexts.Change), locale)),
                ReplyChoice.Of(Say.Text(nameof(ConversationTexts.StopIntake), locale)),
            ],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ActOnSummaryAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        switch (((FoundChoice)step.Result!).Index)
        {
            case 0:
                var initiatief = Submit(step);
                _initiatieven.Add(initiatief);
                await step.Context.SendAsync(
                    Say.Text(nameof(ConversationTexts.Submitted), locale, initiatief.Title) + "\n" +
                    Say.Text(nameof(ConversationTexts.NextStep), locale, DomainText.Get(initiatief.NextStepTextKey, locale)),
                    cancellationToken);
                step.SetValue(SubmittedKey, initiatief.Id.ToString());
                return await step.BeginDialogAsync(PublishDialog.DialogId, initiatief.Id.ToString(), cancellationToken);
            case 1:
                return await step.PromptAsync(ChoicePromptId, new PromptOptions
                {
                    Prompt = Say.Text(nameof(ConversationTexts.AskWhichField), locale),
                    Choices = [.. Enum.GetValues<IntakeField>().Select(f => new ReplyChoice(FieldTitle(f, locale), f.ToString()))],
                }, cancellationToken);
            default:
                await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.IntakeStopped), locale), cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
        }
    }

    private static async Task<DialogTurnResult> RestartForChangeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetValue<string>(SubmittedKey) is { } submittedId)
        {
            // Back from the question whether it may be public: the intake is done.
            return await step.EndDialogAsync(submittedId, cancellationToken);
        }

        var field = Enum.Parse<IntakeField>(((FoundChoice)step.Result!).Value);
        return await step.ReplaceDialogAsync(StepsId, JsonSerializer.Serialize(new IntakeEdit(Draft(step), field)), cancellationToken);
    }

    private Model Submit(WaterfallStepContext step)
    {
        var draft = Draft(step);
        var wijk = _areas.FindWijk(draft.Wijk!) ?? throw new InvalidOperationException($"Wijk '{draft.Wijk}' is not in the area file any more.");
        var buurt = draft.Buurt is null ? null : wijk.Buurten.FirstOrDefault(b => b.Name == draft.Buurt);
        InitiatiefLocation? location = draft.Latitude is { } lat && draft.Longitude is { } lon
            ? InitiatiefLocation.AtPoint(lat, lon, draft.Street)
            : draft.Street is { } street ? InitiatiefLocation.AtStreet(street) : null;
        var now = step.Context.UtcNow();
        var initiatief = Model.Submit(
            new InitiatiefDraft(draft.Title!, draft.Description!, Enum.Parse<Thema>(draft.Thema!), wijk, buurt, location, draft.Doel!, draft.Neighbours ?? 1),
            step.Context.ResidentId(),
            now);
        initiatief.ProposeWederkerigheid(draft.Afspraken, now);
        return initiatief;
    }

    private static string Summary(IntakeDraft draft, string locale)
    {
        var culture = Resources.Texts.CultureFor(locale);
        var text = new StringBuilder(Say.Text(nameof(ConversationTexts.SummaryIntro), locale)).Append('\n');
        void Line(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                text.Append('\n').Append(Say.Text(key, locale)).Append(": ").Append(value);
            }
        }

        Line(nameof(ConversationTexts.SummaryTitle), draft.Title);
        Line(nameof(ConversationTexts.SummaryWijk), draft.Wijk);
        Line(nameof(ConversationTexts.SummaryBuurt), draft.Buurt);
        Line(nameof(ConversationTexts.SummaryThema), draft.Thema is { } t ? ThemaCatalog.DisplayName(Enum.Parse<Thema>(t), locale) : null);
        Line(nameof(ConversationTexts.SummaryDescription), draft.Description);
        Line(nameof(ConversationTexts.SummaryDoel), draft.Doel);
        Line(nameof(ConversationTexts.SummaryNeighbours), draft.Neighbours?.ToString(culture));
        Line(nameof(ConversationTexts.SummaryLocation), draft.Street ?? (draft.Latitude is { } lat ? string.Create(CultureInfo.InvariantCulture, $"{lat:F5}, {draft.Longitude:F5}") : null));
        foreach (var (side, key) in new[] { (DealSide.Bewoners, nameof(ConversationTexts.SummaryBewoners)), (DealSide.Gemeente, nameof(ConversationTexts.SummaryGemeente)) })
        {
            var items = draft.Afspraken.Where(a => a.Side == side).ToList();
            if (items.Count > 0)
            {
                text.Append("\n\n").Append(Say.Text(key, locale)).Append(':');
                foreach (var afspraak in items)
                {
                    text.Append("\n• ").Append(afspraak.Description);
                    if (afspraak.AmountInEuros is > 0 and var amount)
                    {
                        text.Append(" (").Append(Say.Text(nameof(ConversationTexts.Amount), locale, amount.ToString("N0", culture))).Append(')');
                    }
                }
            }
        }

        return text.ToString();
    }

    private static string FieldTitle(IntakeField field, string locale) => field switch
    {
        IntakeField.Wijk => Say.Text(nameof(ConversationTexts.SummaryWijk), locale),
        IntakeField.Thema => Say.Text(nameof(ConversationTexts.SummaryThema), locale),
        IntakeField.Title => Say.Text(nameof(ConversationTexts.SummaryTitle), locale),
        IntakeField.Description => Say.Text(nameof(ConversationTexts.SummaryDescription), locale),
        IntakeField.Doel => Say.Text(nameof(ConversationTexts.SummaryDoel), locale),
        IntakeField.Neighbours => Say.Text(nameof(ConversationTexts.SummaryNeighbours), locale),
        IntakeField.Location => Say.Text(nameof(ConversationTexts.SummaryLocation), locale),
        _ => Say.Text(nameof(ConversationTexts.FieldAfspraken), locale),
    };

    private static async Task<bool> ValidateTitleAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        var locale = context.Context.Locale;
        var title = context.Recognized.Value?.Trim();
        var problem = !context.Recognized.Succeeded || !TextRules.HasWords(title)
            ? Say.Text(nameof(ConversationTexts.TitleEmpty), locale)
            : title!.Length > Model.MaxTitleLength
                ? Say.Text(nameof(ConversationTexts.TitleTooLong), locale, title.Length, Model.MaxTitleLength)
                : null;
        if (problem is null)
        {
            return true;
        }

        await context.Context.SendAsync(new OutboundMessage { Text = problem, InputHint = InputHint.ExpectingInput }, cancellationToken);
        return false;
    }

    private static Task<bool> ValidateNeighboursAsync(PromptValidatorContext<int> context, CancellationToken cancellationToken) =>
        Task.FromResult(context.Recognized.Succeeded && context.Recognized.Value is >= 1 and <= 100_000);

    /// <summary>
    /// How the chosen thema fits the wijk's agenda, when the wijk has one. Optional for hosts
    /// without wijkagenda input: then the intake simply says nothing about it.
    /// </summary>
    private async Task TellWijkagendaFitAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (_wijkagenda is not { } agenda
            || draft.Wijk is not { } wijk || !Enum.TryParse<Thema>(draft.Thema, out var thema)
            || await agenda.FitAsync(wijk, thema, cancellationToken) is not { } fit)
        {
            return;
        }

        await step.Context.SendAsync(WijkagendaFitText.For(fit, wijk, step.Context.Locale), cancellationToken);
    }

    private static bool Skips(WaterfallStepContext step, IntakeField field) =>
        step.GetValue<string>(EditKey) is { } edit && edit != field.ToString();

    private static IntakeDraft Draft(WaterfallStepContext step) => step.GetValue<IntakeDraft>(DraftKey) ?? new IntakeDraft();

    private static void Update(WaterfallStepContext step, Func<IntakeDraft, IntakeDraft> change) => step.SetValue(DraftKey, change(Draft(step)));

    private static string Truncate(string text, int max) => text.Length <= max ? text : TextRules.Shorten(text, max);
}
