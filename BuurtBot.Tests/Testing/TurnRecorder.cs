using System.Collections.Concurrent;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Turns;

namespace BuurtBot.Tests.Testing;

/// <summary>What the bots of one or more hosts did: every turn run (by which instance), and any overlap within a conversation.</summary>
public sealed class TurnRecorder
{
    private readonly ConcurrentDictionary<Guid, int> _inFlight = new();
    private int _overlaps;

    public ConcurrentQueue<RecordedTurn> Turns { get; } = new();

    public ConcurrentQueue<RecordedSend> Sends { get; } = new();

    /// <summary>Times a conversation's turn started while another of its turns was still running.</summary>
    public int Overlaps => Volatile.Read(ref _overlaps);

    internal void Begin(Guid conversationId)
    {
        if (_inFlight.AddOrUpdate(conversationId, 1, (_, n) => n + 1) > 1)
        {
            Interlocked.Increment(ref _overlaps);
        }
    }

    internal void End(Guid conversationId) => _inFlight.AddOrUpdate(conversationId, 0, (_, n) => n - 1);

    public async Task WaitForAsync(Func<TurnRecorder, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (!done(this))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not done in time: {Turns.Count} turns, {Sends.Count} sends recorded.");
            }

            await Task.Delay(25);
        }
    }
}

public sealed record RecordedTurn(Guid ConversationId, string Text, string Instance);

public sealed record RecordedSend(Guid ConversationId, string Text, string Instance, int Attempt);

/// <summary>Answers every message with <c>echo:text</c>, after an optional think time, and records the turn.</summary>
public sealed class RecordingBot(TurnRecorder recorder, string instance, TimeSpan thinkTime = default) : IConversationBot
{
    public async Task<string?> OnTurnAsync(TurnContext turn, string? savedState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var conversationId = turn.Conversation.ConversationId;
        recorder.Begin(conversationId);
        try
        {
            if (thinkTime > TimeSpan.Zero)
            {
                await Task.Delay(thinkTime, cancellationToken);
            }

            var text = turn.Activity.Text ?? "";
            await turn.SendAsync("echo:" + text, cancellationToken);
            recorder.Turns.Enqueue(new RecordedTurn(conversationId, text, instance));
            return savedState;
        }
        finally
        {
            recorder.End(conversationId);
        }
    }
}

/// <summary>A channel that records what it delivers; <paramref name="retryFirst"/> makes chosen replies fail their first attempt.</summary>
public sealed class RecordingSender(TurnRecorder recorder, string channel, string instance, Func<OutboxDelivery, bool>? retryFirst = null) : IChannelSender
{
    public string Channel => channel;

    public ChannelCapabilities Capabilities { get; } = ChannelCapabilities.Default;

    public Task<SendResult> SendAsync(OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (delivery.Attempt == 1 && retryFirst?.Invoke(delivery) == true)
        {
            return Task.FromResult(SendResult.RetryLater(TimeSpan.FromMilliseconds(100), "not yet"));
        }

        recorder.Sends.Enqueue(new RecordedSend(delivery.ConversationId, delivery.Message.Text, instance, delivery.Attempt));
        return Task.FromResult(SendResult.Sent);
    }
}
