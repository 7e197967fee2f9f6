namespace BuurtBot.Turns;

/// <summary>What storing a message did: <see cref="Duplicate"/> when the channel delivered it before.</summary>
public sealed record InboxResult(Guid ConversationId, bool Duplicate, long? TranscriptEntryId);
