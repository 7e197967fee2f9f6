using BuurtBot.Dialogs.Conversations.NieuwInitiatief;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Choices;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.Peiling;

/// <summary>
/// Whether the resident wants peilingen: asked once (<see cref="Ask"/>, after their first finished
/// errand from the menu), or set at any time by typing "wel peilingen" (<see cref="On"/>) or "geen
/// peilingen" (<see cref="Off"/>). A yes without a known wijk asks the wijk and buurt, since a
/// peiling goes to the residents of one area.
/// </summary>
public sealed class PeilingenChoiceDialog : ComponentDialog
{
    public const string EventName = "peiling.keuze";
    public const string Ask = "ask";
    public const string On = "on";
    public const string Off = "off";

    private const string StepsId = "peiling.keuze.steps";
    private const string ConfirmId = "peiling.keuze.confirm";
    private const string WijkId = "peiling.keuze.wijk";
    private const string BuurtId = "peiling.keuze.buurt";
    private const string WijkKey = "wijk";

    private readonly AreaCatalog _areas;

    private readonly IPeilingen _peilingen;

    public PeilingenChoiceDialog(AreaCatalog areas, IPeilingen peilingen)
        : base(EventName)
    {
        _peilingen = peilingen;
        ArgumentNullException.ThrowIfNull(areas);
        _areas = areas;
        AddDialog(new WaterfallDialog(StepsId, [StartAsync, AskWijkAsync, AskBuurtAsync, SaveAsync]));
        AddDialog(new ConfirmPrompt(ConfirmId));
        AddDialog(new WijkPrompt(WijkId, areas));
        AddDialog(new ChoicePrompt(BuurtId));
    }

    private async Task<DialogTurnResult> StartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        switch (step.Options as string)
        {
            case Off:
                await _peilingen.SetChoiceAsync(step.Context.ResidentId(), false, null, null, cancellationToken);
                await step.Context.SendAsync(PeilingText.Get("ChoiceOff", locale), cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
            case On when !step.Context.ConsentGiven:
                // Nothing is stored before the privacy question is answered; the dialog below asks it again.
                return await step.EndDialogAsync(null, cancellationToken);
            case On:
                return await step.NextAsync(true, cancellationToken);
            default:
                return await step.PromptAsync(ConfirmId, new PromptOptions { Prompt = PeilingText.Get("ChoiceQuestion", locale) }, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> AskWijkAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        var peilingen = _peilingen;
        var resident = step.Context.ResidentId();
        if (step.Result is false)
        {
            await peilingen.SetChoiceAsync(resident, false, null, null, cancellationToken);
            await step.Context.SendAsync(PeilingText.Get("ChoiceNo", locale), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var known = await peilingen.GetChoiceAsync(resident, cancellationToken);
        if (known.Wijk is not null)
        {
            await peilingen.SetChoiceAsync(resident, true, known.Wijk, known.Buurt, cancellationToken);
            await step.Context.SendAsync(PeilingText.Get("ChoiceOn", locale), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await step.PromptAsync(WijkId, new PromptOptions
        {
            Prompt = PeilingText.Get("AskWijk", locale),
            Choices = [.. _areas.Wijken.Select(w => ReplyChoice.Of(w.Name)), new ReplyChoice(PeilingText.Get("NotSaying", locale), "")],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskBuurtAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var wijk = ((FoundChoice)step.Result!).Value;
        step.SetValue(WijkKey, wijk);
        var buurten = _areas.FindWijk(wijk)?.Buurten ?? [];
        if (buurten.Count == 0)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var locale = step.Context.Locale;
        return await step.PromptAsync(BuurtId, new PromptOptions
        {
            Prompt = PeilingText.Get("AskBuurt", locale),
            Choices = [.. buurten.Select(b => ReplyChoice.Of(b.Name)), new ReplyChoice(PeilingText.Get("NotKnown", locale), "")],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var wijk = step.GetValue<string>(WijkKey) is { Length: > 0 } w ? w : null;
        var buurt = step.Result is FoundChoice { Value.Length: > 0 } b ? b.Value : null;
        await _peilingen.SetChoiceAsync(step.Context.ResidentId(), true, wijk, buurt, cancellationToken);
        await step.Context.SendAsync(PeilingText.Get(wijk is null ? "ChoiceOnNoArea" : "ChoiceOn", step.Context.Locale), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
