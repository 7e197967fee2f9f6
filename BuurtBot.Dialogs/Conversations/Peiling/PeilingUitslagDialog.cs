using System.Text;
using BuurtBot.Dialogs.Engine;

namespace BuurtBot.Dialogs.Conversations.Peiling;

/// <summary>
/// The result of a closed peiling, begun by the host's "peiling.uitslag" event: the question, each
/// option's count and share, how many neighbours took part, and whether there is draagvlak.
/// </summary>
public sealed class PeilingUitslagDialog : ComponentDialog
{
    public const string EventName = "peiling.uitslag";

    private const string StepsId = "peiling.uitslag.steps";

    private readonly IPeilingen _peilingen;

    public PeilingUitslagDialog(IPeilingen peilingen)
        : base(EventName)
    {
        _peilingen = peilingen;
        AddDialog(new WaterfallDialog(StepsId, [TellAsync]));
    }

    private async Task<DialogTurnResult> TellAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(step.Options as string, out var id)
            || await _peilingen.FindUitslagAsync(id, cancellationToken) is not { } uitslag)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var locale = step.Context.Locale;
        var text = new StringBuilder(PeilingText.Get("Uitslag", locale, uitslag.Question, uitslag.Participants));
        foreach (var option in uitslag.Options)
        {
            text.Append('\n').Append(PeilingText.Get("UitslagLine", locale, option.Option, option.Count, option.Percentage));
        }

        if (uitslag.Draagvlak is { } draagvlak)
        {
            text.Append('\n').Append(PeilingText.Get(draagvlak ? "Draagvlak" : "GeenDraagvlak", locale));
        }

        await step.Context.SendAsync(text.ToString(), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
