using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Prompts;

namespace BuurtBot.Dialogs.Conversations.Buurtdeal;

/// <summary>
/// A proposed buurtdeal in one message; the resident accepts the version they saw, or says what
/// should change (which goes to the coordinator). Also begun by the host when a coordinator
/// proposes a deal or sends a changed version (event <see cref="DialogId"/>, with a
/// <see cref="DealReviewRequest"/>): a changed version says only what changed since the version the
/// resident was sent. A question that no longer applies (the deal closed, changed again, or was
/// accepted meanwhile) is not asked again when the conversation comes back to it.
/// </summary>
public sealed class DealReviewDialog : ComponentDialog
{
    public const string DialogId = "deal-voorgesteld";
    private const string StepsId = "deal.steps";
    internal const string AnswerPrompt = "deal.answer";
    private const string ChangePrompt = "deal.change";
    private const string IdKey = "id";
    private const string VersionKey = "version";

    /// <summary>On the dialog's own instance: which deal and version its question is about.</summary>
    private const string AskedKey = "asked";

    internal static readonly OptionChoices<DealAnswer> Answers = new(
        (DealAnswer.Agree, locale => Say.Text(nameof(ConversationTexts.DealAgree), locale)),
        (DealAnswer.Change, locale => Say.Text(nameof(ConversationTexts.DealChange), locale)),
        (DealAnswer.Later, locale => Say.Text(nameof(ConversationTexts.DealLater), locale)));

    /// <summary>How residents answer a proposed deal in their own words; a plain "ja" is 'Akkoord' by its meaning.</summary>
    private static readonly Dictionary<DealAnswer, string[]> Words = new()
    {
        [DealAnswer.Agree] = ["eens", "mee eens", "ziet er goed uit", "helemaal goed", "deal", "afgesproken", "accepteren", "accept", "agreed", "looks good"],
        [DealAnswer.Change] =
        [
            "nee", "niet akkoord", "niet mee eens", "veranderen", "wijzigen", "aanpassen", "anders", "niet goed", "klopt niet", "change", "no",
            "not ok", "disagree", "edit",
        ],
        [DealAnswer.Later] = ["straks", "morgen", "later", "nog niet", "even nadenken", "nadenken", "niet nu", "not now", "tomorrow", "think about it"],
    };

    /// <summary>The dialog name of the deal review's steps in the Gesprekken-inzicht.</summary>
    public const string StepDialog = "deal-review";

    private readonly IInitiatiefStore _initiatieven;
    private readonly ICoordinatorRelay _coordinators;

    public DealReviewDialog(IInitiatiefStore initiatieven, ICoordinatorRelay coordinators)
        : base(DialogId)
    {
        _initiatieven = initiatieven;
        _coordinators = coordinators;
        AddDialog(new WaterfallDialog(StepsId, [ShowDealAsync, ActOnAnswerAsync, PassChangeAsync]));
        AddDialog(new ChoicePrompt(AnswerPrompt) { Synonyms = locale => Answers.Synonyms(locale, Words) });
        AddDialog(new TextPrompt(ChangePrompt));
    }

    private async Task<DialogTurnResult> ShowDealAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        var request = DealReviewRequest.Parse(step.Options as string);
        var initiatief = request is not null
            ? await _initiatieven.FindAsync(request.InitiatiefId, cancellationToken)
            : null;
        if (initiatief is not { Deal: { IsClosed: false } deal, Status: InitiatiefStatus.Gesprek } || !initiatief.IsInitiatiefnemer(step.Context.ResidentId()))
        {
            await step.Context.SendAsync(NotOpenText(initiatief, locale), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.SetValue(IdKey, initiatief.Id.ToString());
        step.SetValue(VersionKey, deal.Version);
        step.Parent!.ActiveDialog!.State[AskedKey] = $"{initiatief.Id:D}:{deal.Version}";
        await step.Context.SendAsync(DealMessage(initiatief.Title, deal, request!.Seen, locale), cancellationToken);

        return await step.PromptAsync(AnswerPrompt, new PromptOptions
        {
            Prompt = Say.Text(nameof(ConversationTexts.DealQuestion), locale),
            Choices = Answers.For(locale),
            Step = new PromptStep(StepDialog, "antwoord"),
        }, cancellationToken);
    }

    /// <summary>
    /// Back to this question after something else came in between: ask it again only if it still
    /// applies. A deal that closed, changed or was accepted meanwhile has had its own message.
    /// </summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext outerDc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        if (outerDc.ActiveDialog!.State.ValueOrNull(AskedKey) is string asked
            && asked.Split(':') is [var idText, var versionText]
            && Guid.TryParse(idText, out var id)
            && (await _initiatieven.FindAsync(id, cancellationToken) is not { Deal: { IsClosed: false } deal, Status: InitiatiefStatus.Gesprek }
                || deal.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) != versionText
                || deal.IsAcceptedBy(DealSide.Bewoners)))
        {
            return await outerDc.EndDialogAsync(null, cancellationToken);
        }

        return await base.ResumeDialogAsync(outerDc, reason, result, cancellationToken);
    }

    /// <summary>Why there is nothing to answer about this deal now, and where the resident sees how it stands.</summary>
    private static string NotOpenText(Initiatief? initiatief, string locale) => initiatief switch
    {
        { Deal.IsClosed: true } => Say.Text(nameof(ConversationTexts.DealAlreadyClosed), locale),
        { Status: InitiatiefStatus.Afgewezen or InitiatiefStatus.Ingetrokken } => Say.Text(nameof(ConversationTexts.DealInitiatiefStopped), locale),
        _ => Say.Text(nameof(ConversationTexts.DealNotOpen), locale),
    };

    /// <summary>The whole deal, or what changed since the version the resident was sent, in one message.</summary>
    private static string DealMessage(string title, Domain.Buurtdeals.Buurtdeal deal, IReadOnlyList<AfspraakDraft>? seen, string locale)
    {
        var now = DealReviewRequest.Of(deal);
        if (seen is { Count: > 0 })
        {
            var added = now.Where(a => !seen.Contains(a)).Select(a => Say.Text(nameof(ConversationTexts.DealLineNew), locale, DealText.Line(a, locale)));
            var gone = seen.Where(a => !now.Contains(a)).Select(a => Say.Text(nameof(ConversationTexts.DealLineGone), locale, DealText.Line(a, locale)));
            var changes = added.Concat(gone).ToList();
            if (changes.Count > 0)
            {
                return string.Join('\n', [Say.Text(nameof(ConversationTexts.DealChangedIntro), locale, title), .. changes]);
            }
        }

        return string.Join('\n', [Say.Text(nameof(ConversationTexts.DealIntro), locale, title), .. now.Select(a => DealText.Line(a, locale))]);
    }

    private async Task<DialogTurnResult> ActOnAnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Locale;
        var id = step.GetValue<string>(IdKey)!;
        switch (Answers.Picked(step))
        {
            case DealAnswer.Agree:
                var initiatief = await _initiatieven.FindAsync(Guid.Parse(id), cancellationToken);
                if (initiatief is not { Deal: { IsClosed: false } } || initiatief.Status != InitiatiefStatus.Gesprek)
                {
                    // Closed or moved on while the resident read: say how it stands, not just "no".
                    await step.Context.SendAsync(NotOpenText(initiatief, locale), cancellationToken);
                    return await step.EndDialogAsync(null, cancellationToken);
                }

                Initiatief accepted;
                try
                {
                    accepted = await _initiatieven.AcceptDealAsync(initiatief.Id, step.GetValue<int>(VersionKey), step.Context.ResidentId(), step.Context.UtcNow(), cancellationToken);
                }
                catch (StaleDealVersionException)
                {
                    // The coordinator changed it while the resident read: show what is proposed now.
                    await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.DealChanged), locale), cancellationToken);
                    return await step.ReplaceDialogAsync(StepsId, id, cancellationToken);
                }

                await step.Context.SendAsync(
                    accepted.Deal is { IsClosed: true }
                        ? Say.Text(nameof(ConversationTexts.DealClosed), locale)
                        : Say.Text(nameof(ConversationTexts.DealAccepted), locale) + " " + Say.Text(nameof(ConversationTexts.DealWaitingGemeente), locale),
                    cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
            case DealAnswer.Change:
                return await step.PromptAsync(ChangePrompt, new PromptOptions
                {
                    Prompt = Say.Text(nameof(ConversationTexts.AskDealChange), locale),
                    Step = new PromptStep(StepDialog, "wijziging"),
                }, cancellationToken);
            default:
                await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.DealLaterOk), locale), cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> PassChangeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = (string)step.Result!;
        await _coordinators.PassDealChangeRequestAsync(
            Guid.Parse(step.GetValue<string>(IdKey)!), step.Context.ResidentId(), request, cancellationToken);
        await step.Context.SendAsync(Say.Text(nameof(ConversationTexts.DealChangePassed), step.Context.Locale), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
