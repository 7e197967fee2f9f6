namespace BuurtBot.Admin.Live;

/// <summary>
/// How many admin pages are connected to this instance's hub. With nobody watching, the bridge
/// skips its lookup: a page that connects later loads the current state itself.
/// </summary>
public sealed class LiveAudience
{
    private int _connections;

    public bool AnyoneWatching => Volatile.Read(ref _connections) > 0;

    public void Joined() => Interlocked.Increment(ref _connections);

    public void Left() => Interlocked.Decrement(ref _connections);
}
