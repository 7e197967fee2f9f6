using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace BuurtBot.Turns;

/// <summary>
/// Conversations with inbox items waiting. A conversation is in the queue at most once: enqueueing
/// it again before a worker takes it changes nothing, because that worker reads the inbox after
/// taking it. (With several instances the sweep enqueues every waiting conversation each second;
/// without this the queue would fill with repeats faster than a busy instance drains it.)
/// </summary>
public sealed class TurnQueue
{
    private readonly Channel<Guid> _channel = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = false });
    private readonly ConcurrentDictionary<Guid, byte> _queued = new();

    public void Enqueue(Guid conversationId)
    {
        if (_queued.TryAdd(conversationId, 0))
        {
            _channel.Writer.TryWrite(conversationId);
        }
    }

    /// <summary>Conversations as workers take them; from then on, enqueueing one again queues it anew.</summary>
    public async IAsyncEnumerable<Guid> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var conversationId in _channel.Reader.ReadAllAsync(cancellationToken))
        {
            _queued.TryRemove(conversationId, out _);
            yield return conversationId;
        }
    }
}
