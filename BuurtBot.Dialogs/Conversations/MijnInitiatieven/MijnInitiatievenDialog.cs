using System.Text;
using BuurtBot.Dialogs.Conversations.Buurtdeal;
using BuurtBot.Dialogs.Conversations.Steun;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
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
    private const string ConfirmPromptId = "mijn.confirm";
    private const string IdKey = "id";
    private const string MenuValue = "menu";
    private const string WithdrawValue = "withdraw";
    private const string DealValue = "deal";
    private const string PublishValue = "publish";
    private const string UnpublishValue = "unpublish";
    private const string LinksValue = "links";

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
            list.Append('\n').Append(Say.Text(nameof(ConversationTexts.InitiatiefLine), locale, i + 1, mine[i].Title, StatusName(mine[i].Status, locale)));
        }

        await step.Context.SendAsync(list.ToString(), cancellationToken);
        return await step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = Say.Text(nameof(ConversationTexts.AskWhichInitiatief), locale),
            Choices = [.. mine.Select(i => new ReplyChoice(i.Title, i.Id.ToString())), new ReplyChoice(Say.Text(nameof(ConversationTexts.BackToMenu), locale), MenuValue)],
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

        step.SetValue(IdKey, picked);
        var text = new StringBuilder(initiatief.Title)
            .Append('\n').Append(Say.Text(nameof(ConversationTexts.InitiatiefStatus), locale, StatusName(initiatief.Status, locale)))
            .Append('\n').Append(Say.Text(nameof(ConversationTexts.NextStep), locale, DomainText.Get(initiatief.NextStepTextKey, locale)));
        var open = initiatief.Deal?.Afspraken.Where(a => a.Status is AfspraakStatus.Open or AfspraakStatus.Bezig).ToList() ?? [];
        if (open.Count > 0)
        {
            text.Append("\n\n").Append(Say.Text(nameof(ConversationTexts.OpenAfspraken), locale));
            foreach (var afspraak in open)
            {
                text.Append("\n• ").Append(DealText.Line(afspraak, locale));
            }
        }

        await step.Context.SendAsync(text.ToString(), cancellationToken);
        var choices = new List<ReplyChoice>();
        if (initiatief is { Status: InitiatiefStatus.Gesprek, Deal: { IsClosed: false } deal } && !deal.IsAcceptedBy(DealSide.Bewoners))
        {
            choices.Add(new ReplyChoice(Say.Text(nameof(ConversationTexts.ViewDeal), locale), DealValue));
        }

        if (initiatief.IsInitiatiefnemer(step.Context.ResidentId()))
        {
            // Publishing is the initiatiefnemers' choice, and only while the initiatief is still going.
            if (initiatief.IsPublished)
            {
                choices.Add(new ReplyChoice(SteunText.Get("ShowLinks", locale), LinksValue));
                choices.Add(new ReplyChoice(SteunText.Get("MakePrivate", locale), UnpublishValue));
            }
            else if (!initiatief.IsFinal)
            {
                choices.Add(new ReplyChoice(SteunText.Get("MakePublic", locale), PublishValue));
            }
        }

        if (!initiatief.IsFinal && initiatief.InitiatiefnemerId == step.Context.ResidentId())
        {
            choices.Add(new ReplyChoice(Say.Text(nameof(ConversationTexts.Withdraw), locale), WithdrawValue));
        }

        choices.Add(new ReplyChoice(Say.Text(nameof(ConversationTexts.BackToMenu), locale), MenuValue));
        return await step.PromptAsync(ChoicePromptId, new PromptOptions { Prompt = Say.Text(nameof(ConversationTexts.AskInitiatiefAction), locale), Choices = choices }, cancellationToken);
    }

    private async Task<DialogTurnResult> ActAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var id = step.GetValue<string>(IdKey)!;
        switch (((FoundChoice)step.Result!).Value)
        {
            case DealValue:
                return await step.BeginDialogAsync(DealReviewDialog.DialogId, id, cancellationToken);
            case PublishValue:
                return await step.BeginDialogAsync(PublishDialog.DialogId, id, cancellationToken);
            case LinksValue or UnpublishValue when await _initiatieven.FindAsync(Guid.Parse(id), cancellationToken) is { IsPublished: true } published:
                if (((FoundChoice)step.Result!).Value == LinksValue)
                {
                    await ShareMessages.SendAsync(step.Context, _shareLinks, published.Title, published.ShareCode!, cancellationToken);
                }
                else
                {
                    published.Unpublish(step.Context.UtcNow());
                    await step.Context.SendAsync(SteunText.Get("Unpublished", step.Context.Locale, published.Title), cancellationToken);
                }

                return await step.EndDialogAsync(null, cancellationToken);
            case WithdrawValue:
                var initiatief = await _initiatieven.FindAsync(Guid.Parse(id), cancellationToken);
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

        var initiatief = await _initiatieven.FindAsync(Guid.Parse(step.GetValue<string>(IdKey)!), cancellationToken);
        if (!confirmed || initiatief is null || initiatief.IsFinal)
        {
            await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.NotWithdrawn), locale), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        initiatief.Withdraw(Actor.Resident(step.Context.ResidentId()), step.Context.UtcNow());
        await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.Withdrawn), locale, initiatief.Title), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static string StatusName(InitiatiefStatus status, string locale) => DomainText.Get(InitiatiefLifecycle.StatusTextKey(status), locale);
}
