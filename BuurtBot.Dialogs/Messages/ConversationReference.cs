namespace BuurtBot.Dialogs.Messages;

/// <summary>Which conversation a turn belongs to: our own id and the channel it lives on.</summary>
public sealed record ConversationReference(Guid ConversationId, string Channel);
