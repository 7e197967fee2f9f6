using System.ComponentModel.DataAnnotations;

namespace BuurtBot.Channels.WebChat;

/// <summary>
/// What one client address may take from the web chat (section <c>WebChat</c>, beside
/// <see cref="WebChatOptions"/>). Generous: a whole city may share one address (a mobile carrier's NAT,
/// the town hall's proxy), while one script can no longer fill the database or hold thousands of sockets.
/// </summary>
public sealed class WebChatLimitsOptions
{
    /// <summary>Conversation tokens (<c>tokens/generate</c>, <c>tokens/refresh</c>) one address may get per minute.</summary>
    [Range(1, 1_000_000)]
    public int TokensPerMinutePerAddress { get; set; } = 600;

    /// <summary>Conversations (<c>POST /conversations</c>) one address may start per minute.</summary>
    [Range(1, 1_000_000)]
    public int ConversationsPerMinutePerAddress { get; set; } = 300;

    /// <summary>Open Direct Line streams (WebSockets) from one address at once.</summary>
    [Range(1, 1_000_000)]
    public int StreamsPerAddress { get; set; } = 1000;

    /// <summary>Open Direct Line streams on this instance in all; each holds a socket and a little memory.</summary>
    [Range(1, 1_000_000)]
    public int MaxStreams { get; set; } = 5000;
}
