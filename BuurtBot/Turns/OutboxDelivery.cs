using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Turns;

/// <summary>
/// One reply to deliver, with what the channel needs to find the resident and the conversation's
/// language (read with the reply, so a channel that labels activities with it needs no query per send).
/// </summary>
public sealed record OutboxDelivery(
    long OutboxId,
    Guid ConversationId,
    string ChannelConversationId,
    string? ChannelData,
    string? ReplyToChannelMessageId,
    OutboundMessage Message,
    int Attempt,
    string? Locale = null);
