namespace BuurtBot.Turns;

/// <summary>
/// Who may work on a conversation right now. One process needs no more than its own striped locks;
/// several instances on one database claim a conversation there, so two never run its turns (or
/// send its replies) at the same time. A claim is released when disposed.
/// </summary>
public interface IConversationClaims
{
    /// <summary>Whether other instances may hold claims too, so what was read before claiming may be stale.</summary>
    bool IsShared { get; }

    /// <summary>The claim, or null when another instance holds it (it will do the work).</summary>
    Task<IAsyncDisposable?> TryClaimAsync(ClaimLane lane, Guid conversationId, CancellationToken cancellationToken);
}

/// <summary>The kinds of work claimed separately: a conversation's replies go out while its next turn runs.</summary>
public enum ClaimLane
{
    Turns = 1,
    Outbox = 2,
}
