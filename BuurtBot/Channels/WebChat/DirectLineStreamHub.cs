using System.Collections.Concurrent;
using System.Collections.Immutable;
using BuurtBot.Turns;
using Microsoft.Extensions.Options;

namespace BuurtBot.Channels.WebChat;

/// <summary>
/// The open Direct Line streams, by conversation. Subscribes to <see cref="TranscriptNotifier"/>
/// once for all of them (the notifier fires on the turn pipeline's thread, and with several
/// instances from the relay), and only wakes the streams of the conversation that changed:
/// each stream then reads what lies after its own watermark.
/// </summary>
internal sealed class DirectLineStreamHub : IDisposable
{
    private readonly ConcurrentDictionary<Guid, ImmutableArray<StreamSubscription>> _open = new();
    private readonly TranscriptNotifier _notifier;
    private readonly int _maxPerConversation;

    public DirectLineStreamHub(TranscriptNotifier notifier, IOptions<WebChatOptions> options)
    {
        _notifier = notifier;
        _maxPerConversation = options.Value.MaxStreamsPerConversation;
        _notifier.Changed += OnChanged;
    }

    public int MaxPerConversation => _maxPerConversation;

    /// <summary>Registers a stream for the conversation, or null when it already has the most it may have.</summary>
    public StreamSubscription? TryOpen(Guid conversationId)
    {
        var subscription = new StreamSubscription(this, conversationId);
        while (true)
        {
            var current = _open.GetOrAdd(conversationId, ImmutableArray<StreamSubscription>.Empty);
            if (current.Length >= _maxPerConversation)
            {
                return null;
            }

            if (_open.TryUpdate(conversationId, current.Add(subscription), current))
            {
                return subscription;
            }
        }
    }

    public int OpenCount(Guid conversationId) => _open.TryGetValue(conversationId, out var open) ? open.Length : 0;

    internal void Close(StreamSubscription subscription)
    {
        var id = subscription.ConversationId;
        while (_open.TryGetValue(id, out var current))
        {
            var next = current.Remove(subscription);
            if (next.Length == current.Length)
            {
                return;
            }

            // Swap only if nobody changed the list meanwhile; otherwise look again.
            if (next.IsEmpty ? _open.TryRemove(KeyValuePair.Create(id, current)) : _open.TryUpdate(id, next, current))
            {
                return;
            }
        }
    }

    private void OnChanged(Guid conversationId)
    {
        if (_open.TryGetValue(conversationId, out var streams))
        {
            foreach (var stream in streams)
            {
                stream.Signal();
            }
        }
    }

    public void Dispose() => _notifier.Changed -= OnChanged;
}
