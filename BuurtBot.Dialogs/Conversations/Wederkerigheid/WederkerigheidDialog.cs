using System.Text.Json;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Wederkerigheid;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Choices;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.Wederkerigheid;

/// <summary>
/// What the bewoners will do and what they ask of the gemeente, picked from the programme's
/// typical afspraken for the theme or typed in their own words. Begun with the theme's name;
/// ends with the chosen afspraken as JSON.
/// </summary>
public sealed class WederkerigheidDialog : ComponentDialog
{
    public const string DialogId = "wederkerigheid";
    private const string StepsId = "wederkerigheid.steps";
    private const string PickPrompt = "wederkerigheid.pick";
    private const string OwnPrompt = "wederkerigheid.own";
    private const string AmountPrompt = "wederkerigheid.amount";
    private const string StateKey = "state";
    private const string PendingKey = "pending";
    private const string OwnValue = "own";
    private const string DoneValue = "done";
    private const string FinancieringKey = "Financiering";

    public WederkerigheidDialog()
        : base(DialogId)
    {
        AddDialog(new WaterfallDialog(StepsId, [AskPickAsync, ActOnPickAsync, AddAnswerAsync]));
        AddDialog(new ChoicePrompt(PickPrompt));
        AddDialog(new TextPrompt(OwnPrompt, ValidateOwnAsync));
        AddDialog(new NumberPrompt<decimal>(AmountPrompt, (context, _) => Task.FromResult(context.Recognized.Succeeded && context.Recognized.Value is >= 0 and <= 10_000_000)));
    }

    private static async Task<DialogTurnResult> AskPickAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = step.Options switch
        {
            string json when json.StartsWith('{') => JsonSerializer.Deserialize<WederkerigheidState>(json)!,
            string thema => new WederkerigheidState(thema, DealSide.Bewoners, [], Explained: false),
            _ => throw new ArgumentException("Begin the wederkerigheid dialog with the theme's name.", nameof(step)),
        };
        var locale = step.Context.Locale;
        if (!state.Explained)
        {
            await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.WederkerigheidExplain), locale), cancellationToken);
            state = state with { Explained = true };
        }

        step.SetValue(StateKey, state);
        var picked = state.Afspraken.Select(a => a.Description).ToHashSet();
        var suggestions = WederkerigheidCatalog.For(Enum.Parse<Thema>(state.Thema), state.Side)
            .Where(s => !picked.Contains(s.Text(locale)));
        return await step.PromptAsync(PickPrompt, new PromptOptions
        {
            Prompt = Say.Text(state.Side == DealSide.Bewoners ? nameof(ConversationTexts.AskBewoners) : nameof(ConversationTexts.AskGemeente), locale),
            Choices =
            [
                .. suggestions.Select(s => new ReplyChoice(Say.Text("Short_" + s.Key, locale), s.Key)),
                new ReplyChoice(Say.Text(nameof(ConversationTexts.OwnCommitment), locale), OwnValue),
                new ReplyChoice(Say.Text(nameof(ConversationTexts.Done), locale), DoneValue),
            ],
        }, cancellationToken);
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
                return await step.ReplaceDialogAsync(StepsId, JsonSerializer.Serialize(state), cancellationToken);
            case DoneValue when state.Side == DealSide.Bewoners:
                return await step.ReplaceDialogAsync(StepsId, JsonSerializer.Serialize(state with { Side = DealSide.Gemeente }), cancellationToken);
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

        return await step.ReplaceDialogAsync(StepsId, JsonSerializer.Serialize(state), cancellationToken);
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
