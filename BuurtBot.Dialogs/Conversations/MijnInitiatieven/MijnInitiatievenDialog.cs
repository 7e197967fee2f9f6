using System.Text;
using BuurtBot.Dialogs.Conversations.Buurtdeal;
using BuurtBot.Dialogs.Conversations.Steun;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Choices;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.MijnInitiatieven;

/// <summary>
/// "Mijn initiatieven": each with its status, the next step and its open afspraken; from here the
/// resident can look at a proposed deal or withdraw an initiatief of their own.
/// </summary>
public sealed class MijnInitiatievenDialog : ComponentDialog
{
    public const string DialogId = "mijn-initiatieven";
    private const string ChoicePromptId = "mijn.choice";
    internal const string ConfirmPromptId = "mijn.confirm";
    private const string IdKey = "id";

    private readonly IInitiatiefStore _initiatieven;
    private readonly IShareLinks _shareLinks;

    public MijnInitiatievenDialog(IInitiatiefStore initiatieven, IShareLinks shareLinks, ICoordinatorRelay coordinators)
        : base(DialogId)
    {
        _initiatieven = initiatieven;
        _shareLinks = shareLinks;
        AddDialog(new WaterfallDialog("mijn.steps", [ListAsync, ShowOneAsync, ActAsync, AfterActAsync]));
        AddDialog(new ChoicePrompt(ChoicePromptId));
        AddDialog(new ConfirmPrompt(ConfirmPromptId));
        AddDialog(new DealReviewDialog(initiatieven, coordinators));
        AddDialog(new PublishDialog(initiatieven, shareLinks));
    }

    private async Task<DialogTurnResult> ListAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        var mine = await _initiatieven.ForResidentAsync(step.Context.ResidentId(), cancellationToken);
        if (mine.Count == 0)
        {
            await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.NoInitiatieven), locale), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var list = new StringBuilder(Say.Text(nameof(ConversationTexts.YourInitiatieven), locale));
        for (var i = 0; i < mine.Count; i++)
        {
            list.Append('\n').Append(Say.Text(nameof(ConversationTexts.InitiatiefLine), locale, i + 1, mine[i].Title, InitiatiefOverview.StatusName(mine[i].Status, locale)));
        }

        await step.Context.SendAsync(list.ToString(), cancellationToken);
        return await step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = Say.Text(nameof(ConversationTexts.AskWhichInitiatief), locale),
            Choices = [.. mine.Select(i => new ReplyChoice(i.Title, i.Id.ToString())), new ReplyChoice(Say.Text(nameof(ConversationTexts.BackToMenu), locale), InitiatiefOverview.MenuValue)],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ShowOneAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        var picked = ((FoundChoice)step.Result!).Value;
        if (!Guid.TryParse(picked, out var id) || await _initiatieven.FindAsync(id, cancellationToken) is not { } initiatief)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.SetValue(IdKey, id.ToString());
        await step.Context.SendAsync(InitiatiefOverview.Text(initiatief, locale), cancellationToken);
        var choices = InitiatiefOverview.Actions(initiatief, step.Context.ResidentId(), locale);
        return await step.PromptAsync(ChoicePromptId, new PromptOptions { Prompt = Say.Text(nameof(ConversationTexts.AskInitiatiefAction), locale), Choices = choices }, cancellationToken);
    }

    private async Task<DialogTurnResult> ActAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var id = Chosen(step);
        var action = ((FoundChoice)step.Result!).Value;
        switch (action)
        {
            case InitiatiefOverview.DealValue:
                return await step.BeginDialogAsync(DealReviewDialog.DialogId, id.ToString(), cancellationToken);
            case InitiatiefOverview.PublishValue:
                return await step.BeginDialogAsync(PublishDialog.DialogId, id.ToString(), cancellationToken);
            case InitiatiefOverview.LinksValue or InitiatiefOverview.UnpublishValue when await _initiatieven.FindAsync(id, cancellationToken) is { IsPublished: true } published:
                if (action == InitiatiefOverview.LinksValue)
                {
                    await ShareMessages.SendAsync(step.Context, _shareLinks, published.Title, published.ShareCode!, cancellationToken);
                }
                else
                {
                    published = await _initiatieven.UnpublishAsync(published.Id, step.Context.UtcNow(), cancellationToken);
                    await step.Context.SendAsync(SteunText.Get(nameof(SteunTexts.Unpublished), step.Context.Locale, published.Title), cancellationToken);
                }

                return await step.EndDialogAsync(null, cancellationToken);
            case InitiatiefOverview.WithdrawValue:
                var initiatief = await _initiatieven.FindAsync(id, cancellationToken);
                return await step.PromptAsync(ConfirmPromptId, new PromptOptions
                {
                    Prompt = Say.Text(nameof(ConversationTexts.ConfirmWithdraw), step.Context.Locale, initiatief?.Title ?? ""),
                }, cancellationToken);
            default:
                return await step.EndDialogAsync(null, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> AfterActAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        if (step.Result is not bool confirmed)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var initiatief = await _initiatieven.FindAsync(Chosen(step), cancellationToken);
        if (!confirmed || initiatief is null || initiatief.IsFinal)
        {
            await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.NotWithdrawn), locale), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        initiatief = await _initiatieven.WithdrawAsync(initiatief.Id, step.Context.ResidentId(), step.Context.UtcNow(), cancellationToken);
        await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.Withdrawn), locale, initiatief.Title), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>The initiatief the resident is looking at, kept as text like the id a button carries.</summary>
    private static Guid Chosen(WaterfallStepContext step) => Guid.Parse(step.GetValue<string>(IdKey)!);
}
