namespace BuurtBot.Dialogs.Messages;

/// <summary>
/// One reply of the bot, in no channel's vocabulary. Channels render <see cref="Choices"/>
/// as their own buttons (suggested actions, inline keyboards, hero cards).
/// </summary>
public sealed record OutboundMessage
{
    public OutboundKind Kind { get; init; } = OutboundKind.Message;

    public string Text { get; init; } = "";

    public IReadOnlyList<ReplyChoice> Choices { get; init; } = [];

    /// <summary>As in the Bot Framework: a message that waits for an answer expects input.</summary>
    public InputHint InputHint { get; init; } = InputHint.AcceptingInput;

    /// <summary>A file to hand the resident (for instance their data export).</summary>
    public OutboundAttachment? Attachment { get; init; }

    /// <summary>Set when the choices are a peiling: channels with polls of their own show one instead of buttons.</summary>
    public OutboundPoll? Poll { get; init; }

    public static OutboundMessage FromText(string text) => new() { Text = text };
}
