using BuurtBot.Dialogs.Messages;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Turns;

/// <summary>
/// Shows "typing…" when a turn takes longer than a second, as the Bot Framework's ShowTypingMiddleware
/// does. Sent straight through the channel, not the outbox: it is gone the moment the reply comes,
/// so there is nothing to keep or retry.
/// </summary>
public sealed partial class TypingIndicator(
    IServiceScopeFactory scopes,
    ChannelRegistry channels,
    Microsoft.Extensions.Options.IOptions<TurnsOptions> options,
    TimeProvider time,
    ILogger<TypingIndicator> logger)
{
    /// <summary>Runs <paramref name="turn"/>; if it is still busy after <see cref="TurnsOptions.ShowTypingAfter"/>, the resident sees typing.</summary>
    public async Task<T> WhileAsync<T>(Guid conversationId, Func<Task<T>> turn, CancellationToken cancellationToken)
    {
        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = ShowAfterDelayAsync(conversationId, done.Token);
        try
        {
            return await turn();
        }
        finally
        {
            await done.CancelAsync();
            await typing;
        }
    }

    private async Task ShowAfterDelayAsync(Guid conversationId, CancellationToken cancellationToken)
    {
        try
        {
            // Most turns end before the delay: finish quietly instead of throwing a cancellation every turn.
            await Task.Delay(options.Value.ShowTypingAfter, time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
            var conversation = await db.Conversations.AsNoTracking()
                .Where(c => c.Id == conversationId && c.Owner == ConversationOwner.Bot && !c.Unreachable)
                .Select(c => new { c.Channel, c.ChannelConversationId, c.ChannelData, c.Locale })
                .FirstOrDefaultAsync(cancellationToken);
            if (conversation is not null && channels.Find(conversation.Channel) is { } sender)
            {
                await sender.SendAsync(
                    new OutboxDelivery(0, conversationId, conversation.ChannelConversationId, conversation.ChannelData, null,
                        new OutboundMessage { Kind = OutboundKind.Typing }, 1, conversation.Locale),
                    cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The turn finished first: no typing needed.
        }
        catch (Exception ex)
        {
            LogTypingFailed(ex, conversationId);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not show typing in conversation {ConversationId}")]
    private partial void LogTypingFailed(Exception exception, Guid conversationId);
}
