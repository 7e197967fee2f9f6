namespace BuurtBot.Dialogs.Messages;

public sealed record OutboundAttachment(string Name, string ContentType, byte[] Content);
