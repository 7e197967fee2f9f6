namespace BuurtBot.Dialogs.Messages;

/// <summary>
/// What a channel can show. Each channel declares its own, so the dialogs never switch
/// on channel ids (the counter-example is the Bot Framework's Choices/Channel.cs).
/// </summary>
public sealed record ChannelCapabilities
{
    /// <summary>How many buttons fit under one message.</summary>
    public int MaxChoices { get; init; } = 10;

    /// <summary>The longest text one message may carry; longer texts are split by the channel.</summary>
    public int MaxTextLength { get; init; } = 4000;

    public bool SupportsLocation { get; init; }

    public bool SupportsAttachments { get; init; }

    public static ChannelCapabilities Default { get; } = new();
}
