using System.Threading.Channels;
using BuurtBot.Storage;
using BuurtBot.Turns;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Admin.Live;

/// <summary>
/// Carries the turn pipeline's "this conversation changed" to the hub. The notifier fires on the
/// pipeline's thread, so the bridge only queues the id there and pushes from its own loop.
/// </summary>
public sealed partial class LiveUpdateBridge(
    TranscriptNotifier notifier,
    IHubContext<ConversationHub, IConversationClient> hub,
    IServiceScopeFactory scopes,
    LiveAudience audience,
    ILogger<LiveUpdateBridge> logger) : BackgroundService
{
    private readonly Channel<Guid> _changed = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        notifier.Changed += OnChanged;
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        notifier.Changed -= OnChanged;
        await base.StopAsync(cancellationToken);
    }

    private void OnChanged(Guid conversationId) => _changed.Writer.TryWrite(conversationId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _changed.Reader.WaitToReadAsync(stoppingToken))
            {
                // A burst (a turn with several replies) becomes one push per conversation.
                var batch = new HashSet<Guid>();
                while (_changed.Reader.TryRead(out var id))
                {
                    batch.Add(id);
                }

                if (!audience.AnyoneWatching)
                {
                    continue;
                }

                try
                {
                    await PushAsync(batch, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogPushFailed(ex, batch.Count);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task PushAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        var conversations = await db.Conversations.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Wijk, c.Owner })
            .ToListAsync(cancellationToken);
        foreach (var c in conversations)
        {
            await hub.Clients.Groups(LiveGroups.Hearing(c.Wijk)).ConversationChanged(c.Id, c.Owner.ToString());
            await hub.Clients.Group(LiveGroups.OfConversation(c.Id)).TranscriptChanged(c.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not push live updates for {Count} conversation(s)")]
    private partial void LogPushFailed(Exception exception, int count);
}
