using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Turns;

/// <summary>
/// A turn as saved: its conversation, the first transcript line and reply it wrote (MaxValue when
/// none), and the work its dialogs recorded for after the save.
/// </summary>
public sealed record SavedTurn(Guid ConversationId, long FirstTranscriptId, long FirstOutboxId)
{
    public IReadOnlyList<AfterTurnWork> Work { get; init; } = [];
}
