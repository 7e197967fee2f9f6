using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Turns;

/// <summary>
/// A channel's way out: delivers one stored reply and says what happened. Each channel
/// declares what it can show, so the dialogs never ask which channel they are on.
/// </summary>
public interface IChannelSender
{
    string Channel { get; }

    ChannelCapabilities Capabilities { get; }

    /// <summary>
    /// True for a channel whose clients read replies from the transcript (the web chat): storing the reply
    /// is delivering it, so the turn stores it as sent instead of leaving the outbox sender a write per reply.
    /// </summary>
    bool DeliveredByStoring => false;

    /// <summary>
    /// True for a channel that paces messages per chat (Telegram): the replies of one turn are
    /// stored as few messages as fit (<see cref="TurnReplies.Combine"/>), so the pace costs nothing.
    /// </summary>
    bool CombinesTurnReplies => false;

    Task<SendResult> SendAsync(OutboxDelivery delivery, CancellationToken cancellationToken);
}
