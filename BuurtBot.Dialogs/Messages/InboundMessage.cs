namespace BuurtBot.Dialogs.Messages;

/// <summary>
/// What a resident sent, in no channel's vocabulary. Channels translate their own
/// updates into this; nothing Telegram- or Teams-specific crosses into the dialogs.
/// </summary>
public sealed record InboundMessage
{
    public InboundKind Kind { get; init; } = InboundKind.Message;

    /// <summary>Typed text, or the value of a tapped button (imBack sends the title back as text).</summary>
    public string? Text { get; init; }

    /// <summary>A structured button payload (messageBack value, callback data), when the channel has one.</summary>
    public string? Value { get; init; }

    public GeoLocation? Location { get; init; }

    public IReadOnlyList<InboundAttachment> Attachments { get; init; } = [];

    /// <summary>The locale the channel reports for the resident (for instance <c>en-US</c>), if any.</summary>
    public string? Locale { get; init; }

    /// <summary>Deep-link payload of a start command (<c>/start steun_abc</c>), if any.</summary>
    public string? StartPayload { get; init; }

    /// <summary>A vote in a channel's own poll, when the channel has polls (Telegram).</summary>
    public PollVote? PollVote { get; init; }

    /// <summary>For <see cref="InboundKind.Event"/>: the id of the dialog the host asks to begin.</summary>
    public string? EventName { get; init; }

    /// <summary>
    /// The <see cref="Value"/> of a <see cref="InboundKind.HandedBack"/> message that starts the
    /// conversation again at its main dialog, rather than repeating the open question.
    /// </summary>
    public const string StartAgainValue = "menu";

    public static InboundMessage ForEvent(string eventName, string? argument = null) =>
        new() { Kind = InboundKind.Event, EventName = eventName, Value = argument };

    /// <summary>A coordinator gave the chat back: at the main dialog again, or at the open question.</summary>
    public static InboundMessage HandedBack(bool startAgain) =>
        new() { Kind = InboundKind.HandedBack, Value = startAgain ? StartAgainValue : null };

    public static InboundMessage FromText(string text) => new() { Text = text };
}
