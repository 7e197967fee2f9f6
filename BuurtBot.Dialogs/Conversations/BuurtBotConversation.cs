using BuurtBot.Dialogs.Conversations.Buurtdeal;
using BuurtBot.Dialogs.Conversations.Main;
using BuurtBot.Dialogs.Conversations.Peiling;
using BuurtBot.Dialogs.Conversations.Privacy;
using BuurtBot.Dialogs.Conversations.Steun;
using BuurtBot.Dialogs.Conversations.Updates;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations;

/// <summary>
/// BuurtBot as residents meet it: the main dialog over the dialog runtime, plus what holds in
/// every dialog — switching language, asking for a person, and the privacy rights typed anywhere.
/// </summary>
public sealed class BuurtBotConversation : IConversationBot
{
    private static readonly string[] EnglishWords = ["english", "engels", "in english"];
    private static readonly string[] DutchWords = ["nederlands", "dutch", "in het nederlands"];
    private static readonly string[] ExportWords = ["mijn gegevens", "my data"];
    private static readonly string[] EraseWords = ["vergeet mij", "forget me"];

    private readonly DialogBot<MainDialog> _bot;

    private readonly ICoordinatorRelay _coordinators;

    /// <param name="ports">What the conversations need of the world for this turn.</param>
    /// <param name="eventDialogs">Dialogs other capabilities begin with a host event (check-ins, evaluations).</param>
    /// <param name="onStaleStack">Told when a saved conversation no longer fits this version, so the host can log it.</param>
    public BuurtBotConversation(AreaCatalog areas, ConversationPorts ports, IEnumerable<Dialog>? eventDialogs = null, Action<StaleDialogStack>? onStaleStack = null)
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(ports);
        _coordinators = ports.Coordinators;
        _bot = new DialogBot<MainDialog>(
            new MainDialog(areas, ports),
            new DialogBotHooks
            {
                OnInterruptionAsync = OnInterruptionAsync,
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
    }

    public async Task<string?> OnTurnAsync(TurnContext turn, string? savedState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (savedState is null && turn.Activity.Locale is { } channelLocale && channelLocale.StartsWith("en", StringComparison.OrdinalIgnoreCase))
        {
            // A first contact from an English-speaking device: answer in English from the start.
            turn.Locale = "en-GB";
        }

        var text = turn.Activity.Kind == InboundKind.Message ? turn.Activity.Text?.Trim() : null;
        if (Matches(text, EnglishWords) || Matches(text, DutchWords))
        {
            turn.Locale = Matches(text, EnglishWords) ? "en-GB" : "nl-NL";
            await turn.SendAsync(Say.Text(nameof(ConversationTexts.LanguageSwitched), turn.Locale), cancellationToken);

            // Open questions were worded in the old language (and their buttons match only that
            // language), so the conversation starts again at the menu, or at the consent question.
            return await RunAsAsync(turn, new InboundMessage { Kind = InboundKind.HandedBack, Value = InterruptionRecognizer.MenuValue }, savedState, cancellationToken);
        }

        if (Matches(text, ExportWords) || Matches(text, EraseWords))
        {
            var option = Matches(text, ExportWords) ? PrivacyDialog.ExportOption : PrivacyDialog.EraseOption;
            return await RunAsAsync(turn, InboundMessage.ForEvent(PrivacyDialog.DialogId, option), savedState, cancellationToken);
        }

        if (SteunLink.CodeFrom(turn.Activity) is { } code)
        {
            // A resident who agreed already sees the initiatief on top of what was open. A new one
            // starts at the main dialog, which asks the privacy question first and keeps the code
            // (the activity carries it) for after; a question still open before consent holds nothing.
            return turn.ConsentGiven
                ? await RunAsAsync(turn, InboundMessage.ForEvent(SteunDialog.DialogId, code), savedState, cancellationToken)
                : await RunAsAsync(turn, turn.Activity with { Kind = InboundKind.HandedBack, Value = InterruptionRecognizer.MenuValue, Text = null }, savedState, cancellationToken);
        }

        // Peiling answers (a tap long after the question, a Telegram vote) and "geen peilingen" hold everywhere.
        if (PeilingTurn.AsEvent(turn.Activity) is { } peilingEvent)
        {
            return await RunAsAsync(turn, peilingEvent, savedState, cancellationToken);
        }

        return await _bot.OnTurnAsync(turn, savedState, cancellationToken);
    }

    /// <summary>Runs the bot as if <paramref name="activity"/> had come in, keeping this turn's replies and settings.</summary>
    private async Task<string?> RunAsAsync(TurnContext turn, InboundMessage activity, string? savedState, CancellationToken cancellationToken)
    {
        var inner = new TurnContext(activity, turn.Conversation, turn.Time)
        {
            Capabilities = turn.Capabilities,
            Locale = turn.Locale,
            ConsentGiven = turn.ConsentGiven,
        };
        var state = await _bot.OnTurnAsync(inner, savedState, cancellationToken);
        foreach (var reply in inner.Replies)
        {
            await turn.SendAsync(reply, cancellationToken);
        }

        turn.Locale = inner.Locale;
        turn.ConsentGiven = inner.ConsentGiven;
        return state;
    }

    private async Task<bool> OnInterruptionAsync(TurnContext turn, Interruption interruption, CancellationToken cancellationToken)
    {
        if (interruption != Interruption.Human)
        {
            return false;
        }

        await _coordinators.RequestHumanAsync(turn.Conversation.ConversationId, "asked", cancellationToken);
        return true;
    }

    private static bool Matches(string? text, string[] words) =>
        text is not null && words.Contains(text.TrimEnd('.', '!', '?'), StringComparer.OrdinalIgnoreCase);
}
