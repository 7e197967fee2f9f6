using BuurtBot.Dialogs.Messages;
using BuurtBot.Dialogs.Resources;

namespace BuurtBot.Dialogs.Conversations.Welcome;

/// <summary>
/// The walking skeleton's bot: greets the resident and shows the main menu. The dialog
/// runtime and the real conversations replace it; it stays as the smallest bot for tests.
/// </summary>
public sealed class WelcomeBot : IConversationBot
{
    public async Task<string?> OnTurnAsync(TurnContext turn, string? savedState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.WaitingForCoordinator)
        {
            // The smallest bot has no initiatieven to show: the coordinator's answer is what comes next.
            return savedState;
        }

        await turn.SendAsync(MainMenu(turn.Locale), cancellationToken);
        return savedState;
    }

    public static OutboundMessage MainMenu(string locale) => new()
    {
        Text = Texts.Get(nameof(Strings.Welcome), locale),
        Choices =
        [
            ReplyChoice.Of(Texts.Get(nameof(Strings.MenuNewInitiatief), locale)),
            ReplyChoice.Of(Texts.Get(nameof(Strings.MenuMyInitiatieven), locale)),
            ReplyChoice.Of(Texts.Get(nameof(Strings.MenuCoordinator), locale)),
            ReplyChoice.Of(Texts.Get(nameof(Strings.MenuPrivacy), locale)),
        ],
        InputHint = InputHint.ExpectingInput,
    };
}
