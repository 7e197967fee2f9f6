namespace BuurtBot.Dialogs.Messages;

/// <summary>A file the resident sent. <see cref="Reference"/> is the channel's own handle (a Telegram file id, a URL).</summary>
public sealed record InboundAttachment(string ContentType, string Reference, string? Name = null);
