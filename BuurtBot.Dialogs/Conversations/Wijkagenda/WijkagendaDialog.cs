using System.Text.Json;
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
    private const string WijkKey = "wijk";
    private const string ThemasKey = "themas";

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
        AddDialog(new TextPrompt(SentencePromptId, ValidateSentenceAsync));
    }

    private async Task<DialogTurnResult> InviteAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        if (step.Options as string != InviteOption)
        {
            await step.Context.SendAsync(WijkagendaText.Get("Intro", locale), cancellationToken);
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = WijkagendaText.Get("Invite", locale),
            Choices = [ReplyChoice.Of(WijkagendaText.Get("InviteAnswer", locale)), ReplyChoice.Of(WijkagendaText.Get("InviteLater", locale))],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskWijkAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        if (step.Result is FoundChoice { Index: 1 })
        {
            await step.Context.SendAsync(WijkagendaText.Get("InviteDeclined", locale), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (await _wijkagenda.WijkOfAsync(step.Context.ResidentId(), cancellationToken) is { } known && _areas.FindWijk(known) is { } wijk)
        {
            return await step.NextAsync(new FoundChoice(0, wijk.Name, wijk.Name), cancellationToken);
        }

        return await step.PromptAsync(WijkPromptId, new PromptOptions
        {
            Prompt = WijkagendaText.Get("AskWijk", locale),
            Choices = [.. _areas.Wijken.Select(w => ReplyChoice.Of(w.Name))],
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> AskThemasAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.SetValue(WijkKey, ((FoundChoice)step.Result!).Value);
        return step.BeginDialogAsync(ThemaLoopId, JsonSerializer.Serialize(Array.Empty<Thema>()), cancellationToken);
    }

    private static async Task<DialogTurnResult> AskThemaAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var chosen = Chosen(step.Options);
        if (chosen.Count >= MaxThemas)
        {
            return await step.EndDialogAsync(JsonSerializer.Serialize(chosen), cancellationToken);
        }

        var locale = step.Context.Locale;
        var prompt = chosen.Count == 0
            ? WijkagendaText.Get("AskThema", locale)
            : WijkagendaText.Get("AskMoreThema", locale, string.Join(", ", chosen.Select(t => ThemaCatalog.DisplayName(t, locale))));
        return await step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = prompt,
            Choices =
            [
                .. ThemaCatalog.All.Where(t => !chosen.Contains(t)).Select(t => new ReplyChoice(ThemaCatalog.DisplayName(t, locale), t.ToString())),
                new ReplyChoice(WijkagendaText.Get("Done", locale), DoneValue),
            ],
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> AddThemaAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var chosen = Chosen(step.Options);
        var picked = ((FoundChoice)step.Result!).Value;
        if (picked == DoneValue || !Enum.TryParse<Thema>(picked, out var thema))
        {
            return await step.EndDialogAsync(JsonSerializer.Serialize(chosen), cancellationToken);
        }

        return await step.ReplaceDialogAsync(ThemaLoopId, JsonSerializer.Serialize(chosen.Append(thema).Distinct().ToList()), cancellationToken);
    }

    private static async Task<DialogTurnResult> AskSentenceAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var themas = Chosen(step.Result);
        step.SetValue(ThemasKey, JsonSerializer.Serialize(themas));
        var locale = step.Context.Locale;
        if (themas.Count == 0)
        {
            await step.Context.SendAsync(WijkagendaText.Get("NoThema", locale), cancellationToken);
        }

        return await step.PromptAsync(SentencePromptId, new PromptOptions { Prompt = WijkagendaText.Get("AskSentence", locale, MaxSentenceLength) }, cancellationToken);
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var wijk = step.GetValue<string>(WijkKey)!;
        var sentence = ((string)step.Result!).Trim();
        await _wijkagenda.SaveAsync(new WijkagendaAnswer(step.Context.ResidentId(), wijk, Chosen(step.GetValue<string>(ThemasKey)), sentence), cancellationToken);
        await step.Context.SendAsync(WijkagendaText.Get("Thanks", step.Context.Locale, wijk), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static async Task<bool> ValidateSentenceAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        var locale = context.Context.Locale;
        var sentence = context.Recognized.Value?.Trim();
        var problem = !context.Recognized.Succeeded || !TextRules.HasWords(sentence)
            ? WijkagendaText.Get("SentenceEmpty", locale, MaxSentenceLength)
            : sentence!.Length > MaxSentenceLength
                ? WijkagendaText.Get("SentenceTooLong", locale, sentence.Length, MaxSentenceLength)
                : null;
        if (problem is null)
        {
            return true;
        }

        await context.Context.SendAsync(new OutboundMessage { Text = problem, InputHint = InputHint.ExpectingInput }, cancellationToken);
        return false;
    }

    private static List<Thema> Chosen(object? json) =>
        json is string text && JsonSerializer.Deserialize<List<Thema>>(text) is { } themas ? themas : [];
}
