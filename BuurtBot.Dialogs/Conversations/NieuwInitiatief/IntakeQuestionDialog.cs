using System.Text.Json;
using BuurtBot.Dialogs.Conversations.Wederkerigheid;
using BuurtBot.Dialogs.Conversations.Wijkagenda;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Choices;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;
using Model = BuurtBot.Dialogs.Domain.Initiatieven.Initiatief;

namespace BuurtBot.Dialogs.Conversations.NieuwInitiatief;

/// <summary>
/// Asks one question of the intake and ends with the answers including this one (as JSON). Begun
/// with an <see cref="IntakeQuestionRequest"/>: by the intake for each question in turn, and by
/// <see cref="ChangeFieldDialog"/> for the answer to change. One dialog per question, so "terug"
/// goes back one question, as the intake's waterfall remembers each.
/// </summary>
public sealed class IntakeQuestionDialog : ComponentDialog
{
    public const string DialogId = "initiatief.question";

    // Not empty: a channel sends a button's value back as the resident's message (Telegram's callback data,
    // Direct Line's imBack), and an empty message matches no choice.
    internal const string UnknownBuurt = "buurt:onbekend";
    private const int MaxStreetLength = 200;

    /// <summary>The dialog name of the intake's steps in the Gesprekken-inzicht; each step is named after its question.</summary>
    public const string IntakeStepDialog = "intake";

    internal const string WijkPromptId = "initiatief.wijk";
    internal const string ChoicePromptId = "initiatief.choice";
    private const string TitlePromptId = "initiatief.title";
    private const string DescriptionPromptId = "initiatief.description";
    private const string DoelPromptId = "initiatief.doel";
    private const string NeighboursPromptId = "initiatief.neighbours";
    private const string LocationPromptId = "initiatief.location";

    private readonly AreaCatalog _areas;
    private readonly IWijkagendaStore? _wijkagenda;

    public IntakeQuestionDialog(AreaCatalog areas, IWijkagendaStore? wijkagenda)
        : base(DialogId)
    {
        _areas = areas;
        _wijkagenda = wijkagenda;
        AddDialog(new WaterfallDialog("initiatief.question.steps", [AskAsync, KeepAnswerAsync]));
        AddDialog(new WijkPrompt(WijkPromptId, areas));
        var choiceWords = ChoiceWords(areas);
        AddDialog(new ChoicePrompt(ChoicePromptId) { Synonyms = _ => choiceWords });
        AddDialog(new TitlePrompt(TitlePromptId));
        AddDialog(new LongTextPrompt(DescriptionPromptId, Model.MaxDescriptionLength));
        AddDialog(new LongTextPrompt(DoelPromptId, 1000));
        AddDialog(new NumberPrompt<int>(NeighboursPromptId, ValidateNeighboursAsync));
        AddDialog(new LocationPrompt(LocationPromptId, ValidateLocationAsync));
        AddDialog(new WederkerigheidDialog());
    }

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var (question, draft) = IntakeQuestionRequest.Parse(step.Options);
        var locale = step.Context.Locale;
        string Text(string key, params object[] args) => Say.Text(key, locale, args);
        var named = new PromptStep(IntakeStepDialog, question.ToString().ToLowerInvariant());
        PromptOptions Ask(string key, params object[] args) => new() { Prompt = Text(key, args), Step = named };

        switch (question)
        {
            case IntakeQuestion.Wijk:
                return await step.PromptAsync(WijkPromptId, new PromptOptions
                {
                    Prompt = Text(step.Context.Capabilities.SupportsLocation ? nameof(ConversationTexts.AskWijkWithLocation) : nameof(ConversationTexts.AskWijk)),
                    RetryPrompt = Text(nameof(ConversationTexts.WijkRetry)),
                    Choices = WijkChoices(_areas),
                    Step = named,
                }, cancellationToken);
            case IntakeQuestion.Buurt when _areas.FindWijk(draft.Wijk ?? "")?.Buurten is { Count: > 0 } buurten:
                return await step.PromptAsync(ChoicePromptId, Ask(nameof(ConversationTexts.AskBuurt)) with
                {
                    Choices = BuurtChoices(buurten, locale),
                }, cancellationToken);
            case IntakeQuestion.Buurt:
                return await step.EndDialogAsync(draft.ToJson(), cancellationToken);
            case IntakeQuestion.Thema:
                return await step.PromptAsync(ChoicePromptId, Ask(nameof(ConversationTexts.AskThema)) with
                {
                    Choices = ThemaChoices(locale),
                }, cancellationToken);
            case IntakeQuestion.Title:
                return await step.PromptAsync(TitlePromptId, Ask(nameof(ConversationTexts.AskTitle), Model.MaxTitleLength), cancellationToken);
            case IntakeQuestion.Description when draft.FirstIdea is { } first:
                return await step.PromptAsync(DescriptionPromptId, Ask(nameof(ConversationTexts.AskDescriptionWithDraft), first), cancellationToken);
            case IntakeQuestion.Description:
                return await step.PromptAsync(DescriptionPromptId, Ask(nameof(ConversationTexts.AskDescription)), cancellationToken);
            case IntakeQuestion.Doel:
                return await step.PromptAsync(DoelPromptId, Ask(nameof(ConversationTexts.AskDoel)), cancellationToken);
            case IntakeQuestion.Neighbours:
                return await step.PromptAsync(NeighboursPromptId, Ask(nameof(ConversationTexts.AskNeighbours)) with
                {
                    RetryPrompt = Text(nameof(ConversationTexts.NeighboursRetry)),
                }, cancellationToken);
            case IntakeQuestion.Location:
                return await step.PromptAsync(LocationPromptId, Ask(nameof(ConversationTexts.AskLocation)) with
                {
                    Choices = [ReplyChoice.Of(Text(nameof(ConversationTexts.Skip)))],
                }, cancellationToken);
            default:
                var thema = draft.Thema ?? throw new InvalidOperationException("The afspraken are asked after the thema; ask IntakeQuestion.Thema first.");
                return await step.BeginDialogAsync(WederkerigheidDialog.DialogId, WederkerigheidState.For(thema).ToJson(), cancellationToken);
        }
    }

    /// <summary>
    /// The thema words, and a buurt named after a street by that street ("Havenstraat" for the Havenstraatbuurt):
    /// residents name the street they live in (a proposal from the Gesprekken-inzicht). The buurt question and the
    /// thema question share the prompt; a word only counts for a button the question shows.
    /// </summary>
    private static ChoiceSynonyms ChoiceWords(AreaCatalog areas) => new(ThemaCatalog.All
        .Select(t => KeyValuePair.Create(t.ToString(), ThemaCatalog.Keywords(t).ToArray()))
        .Concat(areas.Wijken.SelectMany(w => w.Buurten)
            .Where(b => b.Name.EndsWith("buurt", StringComparison.OrdinalIgnoreCase) && b.Name.Length - "buurt".Length >= 6)
            .Select(b => KeyValuePair.Create(b.Name, new[] { b.Name[..^"buurt".Length] }))));

    internal static IReadOnlyList<ReplyChoice> WijkChoices(AreaCatalog areas) => [.. areas.Wijken.Select(w => ReplyChoice.Of(w.Name))];

    internal static IReadOnlyList<ReplyChoice> BuurtChoices(IEnumerable<Buurt> buurten, string locale) =>
        [.. buurten.Select(b => ReplyChoice.Of(b.Name)), new ReplyChoice(Say.Text(nameof(ConversationTexts.BuurtUnknown), locale), UnknownBuurt)];

    internal static IReadOnlyList<ReplyChoice> ThemaChoices(string locale) =>
        [.. ThemaCatalog.All.Select(t => new ReplyChoice(ThemaCatalog.DisplayName(t, locale), t.ToString()))];

    private async Task<DialogTurnResult> KeepAnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var (question, draft) = IntakeQuestionRequest.Parse(step.Options);
        var answered = (question, step.Result) switch
        {
            (IntakeQuestion.Wijk, FoundChoice wijk) => draft with { Wijk = wijk.Value, Buurt = null },
            (IntakeQuestion.Buurt, FoundChoice buurt) => draft with { Buurt = buurt.Value == UnknownBuurt ? null : buurt.Value },
            (IntakeQuestion.Thema, FoundChoice thema) => draft with { Thema = Enum.Parse<Thema>(thema.Value) },
            (IntakeQuestion.Title, string title) => draft with { Title = title.Trim() },
            (IntakeQuestion.Description, string description) => draft with
            {
                // "ja" to the sentence typed at the menu keeps it; anything else is the description.
                Description = draft.FirstIdea is { } first && ConfirmRecognizer.Recognize(description) == true ? first : description,
                FirstIdea = null,
            },
            (IntakeQuestion.Doel, string doel) => draft with { Doel = doel },
            (IntakeQuestion.Neighbours, int neighbours) => draft with { Neighbours = neighbours },
            (IntakeQuestion.Location, LocationAnswer location) => At(draft, location, step.Context.Locale),
            (IntakeQuestion.Afspraken, string json) => draft with { Afspraken = JsonSerializer.Deserialize<List<AfspraakDraft>>(json) ?? [] },
            _ => draft,
        };

        if (question == IntakeQuestion.Thema)
        {
            await TellWijkagendaFitAsync(step.Context, answered, cancellationToken);
        }

        return await step.EndDialogAsync(answered.ToJson(), cancellationToken);
    }

    private static IntakeDraft At(IntakeDraft draft, LocationAnswer location, string locale)
    {
        var skipped = location.Point is null && string.Equals(location.Description, Say.Text(nameof(ConversationTexts.Skip), locale), StringComparison.OrdinalIgnoreCase);
        var street = location.Description?.Trim() is { Length: > 0 } typed && !skipped ? TextRules.Shorten(typed, MaxStreetLength) : null;
        return draft with { Street = street, Latitude = location.Point?.Latitude, Longitude = location.Point?.Longitude };
    }

    /// <summary>How the chosen thema fits the wijk's agenda, when the host keeps one and the wijk has one.</summary>
    private async Task TellWijkagendaFitAsync(TurnContext turn, IntakeDraft draft, CancellationToken cancellationToken)
    {
        if (_wijkagenda is { } agenda && draft is { Wijk: { } wijk, Thema: { } thema }
            && await agenda.FitAsync(wijk, thema, cancellationToken) is { } fit)
        {
            await turn.SendAsync(WijkagendaFitText.For(fit, wijk, turn.Locale), cancellationToken);
        }
    }

    /// <summary>A shared point must lie in the gemeente (near one of its wijken); a typed street is taken as typed.</summary>
    private async Task<bool> ValidateLocationAsync(PromptValidatorContext<LocationAnswer> context, CancellationToken cancellationToken)
    {
        if (!context.Recognized.Succeeded)
        {
            return false;
        }

        if (context.Recognized.Value is not { Point: { } point })
        {
            return true;
        }

        var locale = context.Context.Locale;
        if (_areas.SuggestWijkNear(point) is { } wijk)
        {
            await context.Context.SendAsync(Say.Text(nameof(ConversationTexts.LocationInWijk), locale, wijk.Name), cancellationToken);
            return true;
        }

        await context.Context.SendAsync(new OutboundMessage
        {
            Text = Say.Text(nameof(ConversationTexts.LocationOutside), locale),
            InputHint = InputHint.ExpectingInput,
            Choices = [ReplyChoice.Of(Say.Text(nameof(ConversationTexts.Skip), locale))],
        }, cancellationToken);
        return false;
    }

    private static Task<bool> ValidateNeighboursAsync(PromptValidatorContext<int> context, CancellationToken cancellationToken) =>
        Task.FromResult(context.Recognized.Succeeded && context.Recognized.Value is >= 1 and <= 100_000);
}
