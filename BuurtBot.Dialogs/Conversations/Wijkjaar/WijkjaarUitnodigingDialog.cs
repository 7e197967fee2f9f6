using BuurtBot.Dialogs.Engine;

namespace BuurtBot.Dialogs.Conversations.Wijkjaar;

/// <summary>
/// The message a resident gets when a phase of their wijk's year opens (begun by the phase job's
/// "wijkjaar" event): what happens now in their wijk and what they can do. The wijkagenda phase
/// does not come here: it begins the wijkagenda question itself.
/// </summary>
public sealed class WijkjaarUitnodigingDialog : WaterfallDialog
{
    public const string DialogId = "wijkjaar";

    public WijkjaarUitnodigingDialog()
        : base(DialogId, [TellAsync])
    {
    }

    private static async Task<DialogTurnResult> TellAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // An event that does not parse (an older version's) is dropped quietly: the resident gets the menu.
        if (WijkjaarUitnodiging.Parse(step.Options) is { } uitnodiging)
        {
            await step.Context.SendAsync(WijkjaarText.Get(uitnodiging.Fase.ToString(), step.Context.Locale, uitnodiging.Wijk), cancellationToken);
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }
}
