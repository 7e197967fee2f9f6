using System.Text;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Choices;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.NieuwInitiatief;

/// <summary>
/// "Er zijn al ideeën die erop lijken": up to three similar initiatieven of others nearby, to join
/// instead of starting one more. Begun with the <see cref="IntakeDraft"/> as JSON; ends with it
/// again to go on with the resident's own idea, or with null when they joined another.
/// </summary>
public sealed class SimilarIdeasDialog : ComponentDialog
{
    public const string DialogId = "initiatief.similar";
    private const string ChoicePromptId = "initiatief.similar.choice";
    private const string OwnValue = "own";
    private const int MaxShown = 3;

    private readonly IInitiatiefStore _initiatieven;

    public SimilarIdeasDialog(IInitiatiefStore initiatieven)
        : base(DialogId)
    {
        _initiatieven = initiatieven;
        AddDialog(new WaterfallDialog("initiatief.similar.steps", [OfferAsync, JoinOrGoOnAsync]));
        AddDialog(new ChoicePrompt(ChoicePromptId));
    }

    private async Task<DialogTurnResult> OfferAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = IntakeDraft.Parse(step.Options);
        var similar = await _initiatieven.FindSimilarAsync(draft.Wijk!, draft.Buurt, draft.Thema!.Value, draft.Title!, cancellationToken);
        var residentId = step.Context.ResidentId();
        var candidates = similar.Where(i => !i.IsInitiatiefnemer(residentId)).Take(MaxShown).ToList();
        if (candidates.Count == 0)
        {
            return await step.EndDialogAsync(draft.ToJson(), cancellationToken);
        }

        var locale = step.Context.Locale;
        var list = new StringBuilder(Say.Text(nameof(ConversationTexts.SimilarFound), locale));
        foreach (var other in candidates)
        {
            list.Append("\n• ").Append(other.Title).Append(" (").Append(DomainText.Get(InitiatiefLifecycle.StatusTextKey(other.Status), locale)).Append(')');
        }

        await step.Context.SendAsync(list.ToString(), cancellationToken);
        return await step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = Say.Text(nameof(ConversationTexts.SimilarQuestion), locale),
            Choices =
            [
                .. candidates.Select(c => new ReplyChoice(Say.Text(nameof(ConversationTexts.JoinPrefix), locale, c.Title), c.Id.ToString())),
                new ReplyChoice(Say.Text(nameof(ConversationTexts.OwnIdea), locale), OwnValue),
            ],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> JoinOrGoOnAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is FoundChoice { Value: not OwnValue } join && Guid.TryParse(join.Value, out var joinId)
            && await _initiatieven.JoinAsync(joinId, step.Context.ResidentId(), step.Context.UtcNow(), cancellationToken) is { } other)
        {
            await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.Joined), step.Context.Locale, other.Title), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await step.EndDialogAsync(step.Options, cancellationToken);
    }
}
