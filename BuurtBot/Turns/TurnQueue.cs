using System.Threading.Channels;

namespace BuurtBot.Turns;

/// <summary>Conversations with inbox items waiting. Enqueueing twice is harmless: the processor drains all.</summary>
public sealed class TurnQueue
{
    private readonly Channel<Guid> _channel = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = false });

    public void Enqueue(Guid conversationId) => _channel.Writer.TryWrite(conversationId);

    public ChannelReader<Guid> Reader => _channel.Reader;
}
