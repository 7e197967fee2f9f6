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

    Task<SendResult> SendAsync(OutboxDelivery delivery, CancellationToken cancellationToken);
}
