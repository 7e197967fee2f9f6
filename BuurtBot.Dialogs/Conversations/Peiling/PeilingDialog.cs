using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Choices;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.Peiling;

/// <summary>
/// A buurtpeiling, begun by the host's "peiling" event with the peiling's id: a short intro, the
/// question with one button per option (a native poll where the channel has one), and the answer
/// stored. Taps and poll votes that come later go through <see cref="PeilingAnswerDialog"/>; when
/// one answers this very peiling, this dialog ends instead of asking again.
/// </summary>
public sealed class PeilingDialog : ComponentDialog
{
    public const string EventName = "peiling";

    private const string StepsId = "peiling.steps";
    internal const string PromptId = "peiling.prompt";
    private const string PeilingIdState = "peiling.id";

    private readonly IPeilingen _peilingen;

    public PeilingDialog(IPeilingen peilingen)
        : base(EventName)
    {
        _peilingen = peilingen;
        AddDialog(new WaterfallDialog(StepsId, [AskAsync, RecordAsync]));
        AddDialog(new PeilingPrompt(PromptId));
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext outerDc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        outerDc.ActiveDialog!.State[PeilingIdState] = options as string;
        return base.BeginDialogAsync(outerDc, options, cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext outerDc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        if (result is string answered && outerDc.ActiveDialog!.State.TryGetValue(PeilingIdState, out var mine) && answered == mine as string)
        {
            // Answered by a tap or a vote meanwhile: the question is settled, not to be asked again.
            return await outerDc.EndDialogAsync(null, cancellationToken);
        }

        // Closed while something else came in between: say so once, instead of asking a question that can no longer be answered.
        if (Guid.TryParse(outerDc.ActiveDialog!.State.ValueOrNull(PeilingIdState) as string, out var id)
            && await _peilingen.FindQuestionAsync(id, cancellationToken) is { IsOpen: false })
        {
            await outerDc.Context.SendAsync(PeilingText.Get(nameof(PeilingTexts.Closed), outerDc.Context.Locale), cancellationToken);
            return await outerDc.EndDialogAsync(null, cancellationToken);
        }

        return await base.ResumeDialogAsync(outerDc, reason, result, cancellationToken);
    }

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(step.Options as string, out var id)
            || await _peilingen.FindQuestionAsync(id, cancellationToken) is not { } peiling)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var locale = step.Context.Locale;
        if (!peiling.IsOpen)
        {
            await step.Context.SendAsync(PeilingText.Get(nameof(PeilingTexts.Closed), locale), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        await step.Context.SendAsync(PeilingText.Get(nameof(PeilingTexts.Intro), locale, PeilingText.When(peiling.ClosesUtc, locale)), cancellationToken);
        return await step.PromptAsync(PromptId, new PromptOptions
        {
            Prompt = peiling.Question,
            RetryPrompt = PeilingText.Get(nameof(PeilingTexts.Retry), locale, peiling.Question),
            Choices = Choices(peiling.Id, peiling.Options),
        }, cancellationToken);
    }

    internal static IReadOnlyList<ReplyChoice> Choices(Guid peilingId, IReadOnlyList<string> options) =>
        [.. options.Select((option, i) => new ReplyChoice(option, PeilingToken.For(peilingId, i)))];

    private async Task<DialogTurnResult> RecordAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var choice = (FoundChoice)step.Result!;
        // The choices are the peiling's own tokens; one that does not parse leaves an empty id,
        // which AnswerAsync answers as an unknown peiling.
        _ = PeilingToken.TryParse(choice.Value, out var id, out var index);
        var outcome = await _peilingen.AnswerAsync(step.Context.ResidentId(), id, index, cancellationToken);
        await step.Context.SendAsync(PeilingAnswerDialog.Confirmation(outcome, step.Context.Locale), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
