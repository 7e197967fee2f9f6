namespace BuurtBot.Turns;

/// <summary>A turn as saved: its conversation and the first transcript line and reply it wrote (MaxValue when none).</summary>
public sealed record SavedTurn(Guid ConversationId, long FirstTranscriptId, long FirstOutboxId);
