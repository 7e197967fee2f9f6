using System.Globalization;
using BuurtBot.Dialogs.Engine;

namespace BuurtBot.Dialogs.Conversations.Peiling;

/// <summary>
/// An answer that came outside the question: a tap on a peiling button or a vote in a channel's
/// poll (see <see cref="PeilingTurn"/>). Stores it, changes it or takes it back, and says so in one
/// line. Ends with the peiling's id, so an open <see cref="PeilingDialog"/> for it stops asking.
/// </summary>
public sealed class PeilingAnswerDialog : ComponentDialog
{
    public const string EventName = "peiling.antwoord";

    private const string StepsId = "peiling.antwoord.steps";

    private readonly IPeilingen _peilingen;

    public PeilingAnswerDialog(IPeilingen peilingen)
        : base(EventName)
    {
        _peilingen = peilingen;
        AddDialog(new WaterfallDialog(StepsId, [RecordAsync]));
    }

    /// <summary>The one line a resident gets after answering, in every way of answering.</summary>
    public static string Confirmation(PeilingAnswerOutcome outcome, string locale)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Status switch
        {
            PeilingAnswerStatus.Recorded => PeilingText.Get("Recorded", locale, outcome.Option ?? "", PeilingText.When(outcome.ClosesUtc ?? default, locale)),
            PeilingAnswerStatus.Changed => PeilingText.Get("Changed", locale, outcome.Option ?? "", PeilingText.When(outcome.ClosesUtc ?? default, locale)),
            PeilingAnswerStatus.Withdrawn => PeilingText.Get("Withdrawn", locale),
            PeilingAnswerStatus.Closed => PeilingText.Get("Closed", locale),
            _ => PeilingText.Get("Unknown", locale),
        };
    }

    private async Task<DialogTurnResult> RecordAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (PeilingAnswerRequest.Parse(step.Options as string) is not { } request)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var peilingen = _peilingen;
        var resident = step.Context.ResidentId();
        var outcome = request.ChannelPollId is { } pollId
            ? await peilingen.AnswerPollAsync(resident, pollId, request.Option, cancellationToken)
            : await peilingen.AnswerAsync(resident, request.PeilingId ?? Guid.Empty, request.Option, cancellationToken);
        await step.Context.SendAsync(Confirmation(outcome, step.Context.Locale), cancellationToken);
        return await step.EndDialogAsync(outcome.PeilingId?.ToString("D", CultureInfo.InvariantCulture), cancellationToken);
    }
}
