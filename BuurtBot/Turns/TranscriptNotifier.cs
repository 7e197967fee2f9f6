namespace BuurtBot.Turns;

/// <summary>
/// Tells live views (the coordinators' pages) that a conversation has new lines, so they
/// push instead of asking the database in a loop.
/// </summary>
public sealed class TranscriptNotifier
{
    public event Action<Guid>? Changed;

    public void Notify(Guid conversationId) => Changed?.Invoke(conversationId);
}
