using BuurtBot.Dialogs.Messages;
using BuurtBot.Photos;

namespace BuurtBot.Turns;

/// <summary>What a channel hands the inbox: who it is from, the channel's message id for dedupe, and the message.</summary>
public sealed record InboundEnvelope(
    string Channel,
    string ChannelConversationId,
    string ChannelMessageId,
    InboundMessage Message)
{
    /// <summary>Channel data to remember for later sends (Teams conversation reference); null keeps what we had.</summary>
    public string? ChannelData { get; init; }

    /// <summary>The resident's locale as the channel reports it, used for a new conversation.</summary>
    public string? Locale { get; init; }

    /// <summary>
    /// For channels that start conversations themselves (the web chat): a message for a conversation
    /// that does not exist is refused (<see cref="InboxResult.UnknownConversation"/>), not a new one.
    /// </summary>
    public bool OnlyIntoExistingConversation { get; init; }

    /// <summary>The clean photos the message's <c>photo:</c> attachments name, stored in the same save as the message.</summary>
    public IReadOnlyList<ReceivedPhoto> Photos { get; init; } = [];
}
