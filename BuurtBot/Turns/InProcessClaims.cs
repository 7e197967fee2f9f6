namespace BuurtBot.Turns;

/// <summary>One instance (SQLite): every claim is granted; the processor's own locks keep conversations apart.</summary>
public sealed class InProcessClaims : IConversationClaims
{
    public static InProcessClaims Instance { get; } = new();

    private static readonly Task<IAsyncDisposable?> Granted = Task.FromResult<IAsyncDisposable?>(new Claim());

    public bool IsShared => false;

    public Task<IAsyncDisposable?> TryClaimAsync(ClaimLane lane, Guid conversationId, CancellationToken cancellationToken) => Granted;

    private sealed class Claim : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
