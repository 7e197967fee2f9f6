namespace BuurtBot.Dialogs.Conversations.Peiling;

/// <summary>Whether the resident was asked about peilingen, what they said, and where they live (when known).</summary>
public sealed record PeilingenChoice(bool Asked, bool WantsPeilingen, string? Wijk, string? Buurt);
