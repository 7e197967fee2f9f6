using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.Queue;

/// <summary>
/// What a resident can do while the chat waits for a coordinator, as buttons under every message of
/// the wait (the host's "I passed your question on" included). Their values are fixed, so a tap is
/// understood whatever language its title was in.
/// </summary>
public static class QueueButtons
{
    public const string MineValue = "wachtrij:initiatieven";
    public const string CancelValue = "wachtrij:stoppen";

    public static IReadOnlyList<ReplyChoice> For(string? locale) =>
    [
        new ReplyChoice(Say.Text(nameof(ConversationTexts.MenuMyInitiatieven), locale), MineValue),
        new ReplyChoice(Say.Text(nameof(ConversationTexts.QueueCancel), locale), CancelValue),
    ];

    /// <summary>What the resident hears when the chat left the queue at their request.</summary>
    public static string CancelledText(string? locale) => Say.Text(nameof(ConversationTexts.QueueCancelled), locale);
}
