namespace BuurtBot.Turns;

/// <summary>
/// Tells live views (the coordinators' pages) that a conversation has new lines, so they
/// push instead of asking the database in a loop. With several instances a relay forwards
/// <see cref="ChangedHere"/> to the others, which raise it as <see cref="NotifyFromElsewhere"/>.
/// </summary>
public sealed class TranscriptNotifier
{
    /// <summary>A conversation changed, in this process or (through the relay) in another instance.</summary>
    public event Action<Guid>? Changed;

    /// <summary>A conversation changed in this process: what a relay tells the other instances.</summary>
    public event Action<Guid>? ChangedHere;

    public void Notify(Guid conversationId)
    {
        ChangedHere?.Invoke(conversationId);
        Changed?.Invoke(conversationId);
    }

    /// <summary>Another instance changed the conversation; not relayed again.</summary>
    public void NotifyFromElsewhere(Guid conversationId) => Changed?.Invoke(conversationId);
}
