namespace BuurtBot.Turns;

/// <summary>
/// What storing a message did: <see cref="Duplicate"/> when the channel delivered it before,
/// <see cref="UnknownConversation"/> when it was refused for a conversation that must exist and does not.
/// </summary>
public sealed record InboxResult(Guid ConversationId, bool Duplicate, long? TranscriptEntryId)
{
    public bool UnknownConversation { get; init; }

    public static InboxResult Unknown { get; } = new(Guid.Empty, Duplicate: false, TranscriptEntryId: null) { UnknownConversation = true };
}
