namespace BuurtBot.Dialogs.Conversations.Peiling;

/// <summary>What became of an answer; <see cref="Option"/> is the chosen option's text.</summary>
public sealed record PeilingAnswerOutcome(PeilingAnswerStatus Status, Guid? PeilingId = null, string? Option = null, DateTime? ClosesUtc = null);
