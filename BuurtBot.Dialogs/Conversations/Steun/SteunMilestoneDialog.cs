using System.Globalization;
using BuurtBot.Dialogs.Engine;

namespace BuurtBot.Dialogs.Conversations.Steun;

/// <summary>
/// Tells the initiatiefnemer that a milestone of supporters was reached. Begun by the host's
/// "steun-mijlpaal" event with <see cref="Argument"/>; says its piece and ends.
/// </summary>
public sealed class SteunMilestoneDialog : ComponentDialog
{
    public const string EventName = "steun-mijlpaal";

    private readonly IInitiatiefStore _initiatieven;

    public SteunMilestoneDialog(IInitiatiefStore initiatieven)
        : base(EventName)
    {
        _initiatieven = initiatieven;
        AddDialog(new WaterfallDialog("steun-mijlpaal.steps", [TellAsync]));
    }

    public static string Argument(Guid initiatiefId, int supporters) =>
        string.Create(CultureInfo.InvariantCulture, $"{initiatiefId:D}|{supporters}");

    private async Task<DialogTurnResult> TellAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var parts = (step.Options as string)?.Split('|') ?? [];
        if (parts.Length == 2 && Guid.TryParse(parts[0], out var id) && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var supporters)
            && await _initiatieven.FindAsync(id, cancellationToken) is { } initiatief)
        {
            await step.Context.SendAsync(SteunText.Get("Milestone", step.Context.Locale, supporters, initiatief.Title), cancellationToken);
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }
}
