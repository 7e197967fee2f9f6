using System.Threading.Channels;

namespace BuurtBot.Channels.WebChat;

/// <summary>
/// One open stream's place in the <see cref="DirectLineStreamHub"/>: a signal of at most one
/// waiting "look again", so a burst of notifications becomes one read and no read overlaps another.
/// </summary>
internal sealed class StreamSubscription(DirectLineStreamHub hub, Guid conversationId) : IDisposable
{
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public Guid ConversationId => conversationId;

    public void Signal() => _signal.Writer.TryWrite(true);

    /// <summary>True when signalled, false when <paramref name="timeout"/> passed first (time for a keep-alive).</summary>
    public async ValueTask<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_signal.Reader.TryRead(out _))
        {
            return true;
        }

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(timeout);
        try
        {
            await _signal.Reader.WaitToReadAsync(wait.Token);
            return _signal.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public void Dispose() => hub.Close(this);
}
