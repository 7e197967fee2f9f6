using BuurtBot.Dialogs.Conversations.Buurtdeal;
using BuurtBot.Dialogs.Conversations.Commands;
using BuurtBot.Dialogs.Conversations.Main;
using BuurtBot.Dialogs.Conversations.Privacy;
using BuurtBot.Dialogs.Conversations.Queue;
using BuurtBot.Dialogs.Conversations.Steun;
using BuurtBot.Dialogs.Conversations.Updates;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations;

/// <summary>
/// BuurtBot as residents meet it: the global commands first (<see cref="GlobalCommandRecognizer"/>,
/// one handler), then the main dialog over the dialog runtime.
/// </summary>
public sealed class BuurtBotConversation : IConversationBot
{
    private readonly GlobalCommandHandler<MainDialog> _turns;
    private readonly WhileInQueue _waiting;

    /// <param name="ports">What the conversations need of the world for this turn.</param>
    /// <param name="eventDialogs">Dialogs other capabilities begin with a host event (check-ins, evaluations).</param>
    /// <param name="onStaleStack">Told when a saved conversation no longer fits this version, so the host can log it.</param>
    public BuurtBotConversation(AreaCatalog areas, ConversationPorts ports, IEnumerable<Dialog>? eventDialogs = null, Action<StaleDialogStack>? onStaleStack = null)
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(ports);
        var bot = new DialogBot<MainDialog>(
            new MainDialog(areas, ports),
            new DialogBotHooks
            {
                OnPromptGaveUpAsync = PromptGaveUpOffer.SendAsync,
                OnStaleStackAsync = (_, stale, _) =>
                {
                    onStaleStack?.Invoke(stale);
                    return Task.CompletedTask;
                },
            },
            [
                new DealReviewDialog(ports.Initiatieven, ports.Coordinators),
                new StatusUpdateDialog(ports.Initiatieven),
                new PrivacyDialog(ports.ResidentData),
                new SteunDialog(ports.Steun),
                new SteunMilestoneDialog(ports.Initiatieven),
                .. eventDialogs ?? [],
            ]);
        _turns = new GlobalCommandHandler<MainDialog>(bot);
        _waiting = new WhileInQueue(ports.Initiatieven);
    }

    public async Task<string?> OnTurnAsync(TurnContext turn, string? savedState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.WaitingForCoordinator)
        {
            // Waiting for a person: answered apart from the dialogs, whose open question stays as it was.
            await _waiting.OnTurnAsync(turn, cancellationToken);
            return savedState;
        }

        if (savedState is null && turn.Activity.Locale is { } channelLocale && channelLocale.StartsWith("en", StringComparison.OrdinalIgnoreCase))
        {
            // A first contact from an English-speaking device: answer in English from the start.
            turn.Locale = "en-GB";
        }

        return await _turns.OnTurnAsync(turn, savedState, cancellationToken);
    }
}
