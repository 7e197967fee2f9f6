using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Turns;

/// <summary>One reply to deliver, with what the channel needs to find the resident.</summary>
public sealed record OutboxDelivery(
    long OutboxId,
    Guid ConversationId,
    string ChannelConversationId,
    string? ChannelData,
    string? ReplyToChannelMessageId,
    OutboundMessage Message,
    int Attempt);
