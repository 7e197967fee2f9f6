namespace BuurtBot.Dialogs.Conversations.Privacy;

/// <summary>The retention periods the resident is told, in months: after their initiatief ends, and for a chat that led to none.</summary>
public sealed record DataRetention(int InitiatiefMonths, int ConversationMonths)
{
    public static DataRetention Default { get; } = new(24, 6);
}
