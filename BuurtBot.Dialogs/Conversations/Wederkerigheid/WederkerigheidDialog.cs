using System.Text.Json;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Wederkerigheid;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Choices;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.Wederkerigheid;

/// <summary>
/// What the bewoners will do and what they ask of the gemeente, picked from the programme's
/// typical afspraken for the theme or typed in their own words. Begun with
/// <see cref="WederkerigheidState.For"/> as JSON; ends with the chosen afspraken as JSON.
/// </summary>
public sealed class WederkerigheidDialog : ComponentDialog
{
    public const string DialogId = "wederkerigheid";
    private const string StepsId = "wederkerigheid.steps";
    internal const string PickPrompt = "wederkerigheid.pick";
    private const string OwnPrompt = "wederkerigheid.own";
    private const string AmountPrompt = "wederkerigheid.amount";
    private const string StateKey = "state";

    /// <summary>The picks so far, kept on the dialog's own instance too, so "terug" can restore them from outside the steps.</summary>
    private const string PicksKey = "picks";
    private const string PendingKey = "pending";
    private const string OwnValue = "own";
    private const string DoneValue = "done";
    private const string FinancieringKey = "Financiering";

    /// <summary>How residents name an afspraak, their own one, or being done, by the button's value.</summary>
    private static readonly ChoiceSynonyms PickWords = new(
    [
        KeyValuePair.Create("DraagvlakOnderzoeken", new[] { "buren", "handtekeningen", "draagvlak", "rondvragen", "neighbours", "signatures" }),
        KeyValuePair.Create("Onderhoud", new[] { "onderhouden", "bijhouden", "water geven", "schoonhouden", "maintain", "look after" }),
        KeyValuePair.Create("ZwerfafvalOpruimen", new[] { "afval", "opruimen", "prikken", "litter", "rubbish", "clean up" }),
        KeyValuePair.Create("Toezicht", new[] { "toezicht", "in de gaten houden", "oogje in het zeil", "letten op", "keep an eye" }),
        KeyValuePair.Create("VoorstelInrichting", new[] { "voorstel", "schets", "tekening", "ontwerp", "ontwerpen", "plan maken", "design", "drawing", "sketch" }),
        KeyValuePair.Create("Offerte", new[] { "offerte", "prijs", "prijsopgave", "quote", "price" }),
        KeyValuePair.Create("Financiering", new[] { "geld", "financiering", "subsidie", "betalen", "budget", "money", "funding", "pay" }),
        KeyValuePair.Create("Plaatsing", new[] { "plaatsen", "neerzetten", "ophangen", "place", "put up" }),
        KeyValuePair.Create("Aanleg", new[] { "aanleggen", "bouwen", "maken", "build" }),
        KeyValuePair.Create("Bodemonderzoek", new[] { "grond", "bodem", "soil" }),
        KeyValuePair.Create("Vergunning", new[] { "vergunning", "toestemming", "permit", "permission" }),
        KeyValuePair.Create("Advies", new[] { "advies", "raad", "meedenken", "advice", "help" }),
        KeyValuePair.Create(OwnValue, new[] { "zelf", "eigen", "iets anders", "anders", "zelf typen", "own", "something else", "other" }),
        KeyValuePair.Create(DoneValue, new[]
        {
            "klaar", "dat was het", "dat is alles", "verder", "niks meer", "niets meer", "genoeg", "volgende", "door", "ga door", "that's all",
            "thats all", "finished", "next", "nothing else", "nothing more", "enough",
        }),
    ]);

    public WederkerigheidDialog()
        : base(DialogId)
    {
        AddDialog(new WaterfallDialog(StepsId, [AskPickAsync, ActOnPickAsync, AddAnswerAsync]));
        AddDialog(new ChoicePrompt(PickPrompt) { Synonyms = _ => PickWords });
        AddDialog(new TextPrompt(OwnPrompt, ValidateOwnAsync));
        AddDialog(new NumberPrompt<decimal>(AmountPrompt, (context, _) => Task.FromResult(context.Recognized.Succeeded && context.Recognized.Value is >= 0 and <= 10_000_000)));
    }

    private static async Task<DialogTurnResult> AskPickAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = WederkerigheidState.Parse(step.Options);
        var locale = step.Context.Locale;
        if (!state.Explained)
        {
            await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.WederkerigheidExplain), locale), cancellationToken);
            state = state with { Explained = true };
        }

        step.SetValue(StateKey, state);
        step.Parent!.ActiveDialog!.State[PicksKey] = state.ToJson();
        return await step.PromptAsync(PickPrompt, new PromptOptions
        {
            Prompt = Say.Text(state.Side == DealSide.Bewoners ? nameof(ConversationTexts.AskBewoners) : nameof(ConversationTexts.AskGemeente), locale),
            Choices = PickChoices(state, locale),
        }, cancellationToken);
    }

    /// <summary>The suggestions not picked yet, then 'Zelf iets toevoegen' and 'Klaar'.</summary>
    internal static IReadOnlyList<ReplyChoice> PickChoices(WederkerigheidState state, string locale)
    {
        var picked = state.Afspraken.Select(a => a.Description).ToHashSet();
        var suggestions = WederkerigheidCatalog.For(state.Thema, state.Side)
            .Where(s => !picked.Contains(s.Text(locale)));
        return
        [
            .. suggestions.Select(s => new ReplyChoice(SuggestionButton.Title(s, locale), s.Key)),
            new ReplyChoice(Say.Text(nameof(ConversationTexts.OwnCommitment), locale), OwnValue),
            new ReplyChoice(Say.Text(nameof(ConversationTexts.Done), locale), DoneValue),
        ];
    }

    /// <summary>
    /// "terug" never throws picks away unasked: at the question for an own afspraak or an amount it
    /// goes back to the list; at the list it takes back the last pick of this side (and says so);
    /// on the gemeente's side with nothing picked it goes back to the bewoners' side, their picks
    /// intact. Only with nothing picked at all does it go back to the question before.
    /// </summary>
    internal override async Task<bool> GoBackInsideAsync(DialogContext outerDc, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.State.ValueOrNull(PicksKey) is not string json)
        {
            return false;
        }

        var state = WederkerigheidState.Parse(json);
        var inner = InnerContext(outerDc.Context, instance, outerDc);
        var locale = outerDc.Context.Locale;
        if (inner.ActiveDialog?.Id == PickPrompt)
        {
            if (state.Afspraken.LastOrDefault(a => a.Side == state.Side) is { } last)
            {
                state = state with { Afspraken = [.. state.Afspraken.Where(a => !ReferenceEquals(a, last))] };
                await outerDc.Context.SendAsync(Say.Text(nameof(ConversationTexts.WederkerigheidUndone), locale, last.Description), cancellationToken);
            }
            else if (state.Side == DealSide.Gemeente)
            {
                state = state with { Side = DealSide.Bewoners };
            }
            else
            {
                return false;
            }
        }

        await inner.CancelAllDialogsAsync(cancelParents: false, cancellationToken);
        await inner.BeginDialogAsync(StepsId, state.ToJson(), cancellationToken);
        return true;
    }

    private static async Task<DialogTurnResult> ActOnPickAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = step.GetValue<WederkerigheidState>(StateKey)!;
        var locale = step.Context.Locale;
        var pick = ((FoundChoice)step.Result!).Value;
        switch (pick)
        {
            case DoneValue when !state.Afspraken.Any(a => a.Side == state.Side):
                await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.PickAtLeastOne), locale), cancellationToken);
                return await step.ReplaceDialogAsync(StepsId, state.ToJson(), cancellationToken);
            case DoneValue when state.Side == DealSide.Bewoners:
                return await step.ReplaceDialogAsync(StepsId, (state with { Side = DealSide.Gemeente }).ToJson(), cancellationToken);
            case DoneValue:
                return await step.EndDialogAsync(JsonSerializer.Serialize(state.Afspraken), cancellationToken);
            case OwnValue:
                step.SetValue(PendingKey, OwnValue);
                return await step.PromptAsync(OwnPrompt, new PromptOptions
                {
                    Prompt = Say.Text(state.Side == DealSide.Bewoners ? nameof(ConversationTexts.AskOwnBewoners) : nameof(ConversationTexts.AskOwnGemeente), locale),
                }, cancellationToken);
            case FinancieringKey:
                step.SetValue(PendingKey, FinancieringKey);
                return await step.PromptAsync(AmountPrompt, new PromptOptions
                {
                    Prompt = Say.Text(nameof(ConversationTexts.AskAmount), locale),
                    RetryPrompt = Say.Text(nameof(ConversationTexts.AmountRetry), locale),
                }, cancellationToken);
            default:
                step.SetValue(PendingKey, pick);
                return await step.NextAsync(null, cancellationToken);
        }
    }

    private static async Task<DialogTurnResult> AddAnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = step.GetValue<WederkerigheidState>(StateKey)!;
        var locale = step.Context.Locale;
        var pending = step.GetValue<string>(PendingKey)!;
        var afspraak = pending switch
        {
            OwnValue => new AfspraakDraft(state.Side, ((string)step.Result!).Trim()),
            FinancieringKey => new AfspraakDraft(state.Side, WederkerigheidCatalog.Find(pending)!.Text(locale), step.Result is decimal amount && amount > 0 ? decimal.Round(amount, 0) : null),
            _ => WederkerigheidCatalog.Find(pending)?.ToAfspraak(locale),
        };

        if (afspraak is not null)
        {
            if (state.Afspraken.Any(a => a.Side == afspraak.Side && a.Description == afspraak.Description))
            {
                await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.AlreadyAdded), locale), cancellationToken);
            }
            else
            {
                state = state with { Afspraken = [.. state.Afspraken, afspraak] };
                await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.Added), locale, afspraak.Description), cancellationToken);
            }
        }

        return await step.ReplaceDialogAsync(StepsId, state.ToJson(), cancellationToken);
    }

    private static async Task<bool> ValidateOwnAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        var text = context.Recognized.Value?.Trim();
        if (context.Recognized.Succeeded && NieuwInitiatief.TextRules.HasWords(text) && text!.Length <= Afspraak.MaxDescriptionLength)
        {
            return true;
        }

        await context.Context.SendAsync(new OutboundMessage { Text = Say.Text(nameof(ConversationTexts.TextNoLetters), context.Context.Locale), InputHint = InputHint.ExpectingInput }, cancellationToken);
        return false;
    }
}
