using BuurtBot.Dialogs.Messages;
using BuurtBot.Turns;

namespace BuurtBot.Channels.WebChat;

/// <summary>
/// Direct Line clients read the transcript (polling, or the stream that the notifier wakes), where
/// every reply already stands; delivering is therefore only marking the reply as out.
/// </summary>
internal sealed class WebChatSender : IChannelSender
{
    public string Channel => DirectLineEndpoints.Channel;

    public ChannelCapabilities Capabilities { get; } = new()
    {
        MaxChoices = 10,
        MaxTextLength = 4000,
        SupportsLocation = true,
        SupportsAttachments = true,
    };

    public bool DeliveredByStoring => true;

    public Task<SendResult> SendAsync(OutboxDelivery delivery, CancellationToken cancellationToken) =>
        Task.FromResult(SendResult.Sent);
}
