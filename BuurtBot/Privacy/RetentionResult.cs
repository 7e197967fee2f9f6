namespace BuurtBot.Privacy;

/// <summary>What one retention run removed: counts only, never whose.</summary>
public sealed record RetentionResult(int Initiatieven, int Conversations, int Payloads, int AuditLines);
