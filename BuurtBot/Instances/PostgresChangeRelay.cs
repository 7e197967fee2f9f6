using System.Threading.Channels;
using BuurtBot.Storage;
using BuurtBot.Turns;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BuurtBot.Instances;

/// <summary>
/// PostgreSQL only: carries <see cref="TranscriptNotifier"/> between instances with LISTEN/NOTIFY on
/// channel <c>buurtbot_changes</c>. What changes here is sent as <c>instance-id:conversation-id</c>;
/// what another instance sends is raised here (live pages push it to coordinators connected to this
/// instance) and queued for the turn processor, so a message stored elsewhere is picked up at once
/// rather than at the next sweep. NOTIFY is best effort (lost while the listening connection is
/// down), which the sweep and the pages' own refresh make up for.
/// </summary>
public sealed partial class PostgresChangeRelay(
    TranscriptNotifier notifier,
    TurnQueue queue,
    InstanceIdentity instance,
    IOptions<StorageOptions> storage,
    IServiceProvider services,
    TimeProvider time,
    ILogger<PostgresChangeRelay> logger) : BackgroundService
{
    public const string ChannelName = "buurtbot_changes";

    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(2);

    private readonly Channel<Guid> _outgoing = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (storage.Value.Provider == StorageProvider.Postgres)
        {
            notifier.ChangedHere += OnChangedHere;
        }

        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        notifier.ChangedHere -= OnChangedHere;
        await base.StopAsync(cancellationToken);
    }

    private void OnChangedHere(Guid conversationId) => _outgoing.Writer.TryWrite(conversationId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (storage.Value.Provider != StorageProvider.Postgres)
        {
            return;
        }

        var dataSource = services.GetRequiredService<NpgsqlDataSource>();
        await Task.WhenAll(ListenAsync(dataSource, stoppingToken), PublishAsync(dataSource, stoppingToken));
    }

    private async Task PublishAsync(NpgsqlDataSource dataSource, CancellationToken stoppingToken)
    {
        try
        {
            while (await _outgoing.Reader.WaitToReadAsync(stoppingToken))
            {
                var batch = new HashSet<Guid>();
                while (_outgoing.Reader.TryRead(out var id))
                {
                    batch.Add(id);
                }

                try
                {
                    await using var command = dataSource.CreateCommand($"SELECT pg_notify('{ChannelName}', p) FROM unnest(@payloads) AS p");
                    command.Parameters.AddWithValue("payloads", batch.Select(id => $"{instance.Id}:{id:N}").ToArray());
                    await command.ExecuteNonQueryAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogPublishFailed(ex, batch.Count);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ListenAsync(NpgsqlDataSource dataSource, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, e) => OnNotification(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {ChannelName}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogListenFailed(ex);
                try
                {
                    await Task.Delay(Reconnect, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private void OnNotification(string payload)
    {
        var separator = payload.LastIndexOf(':');
        if (separator < 0 || payload.AsSpan(0, separator).SequenceEqual(instance.Id)
            || !Guid.TryParseExact(payload.AsSpan(separator + 1), "N", out var conversationId))
        {
            return;
        }

        notifier.NotifyFromElsewhere(conversationId);
        queue.Enqueue(conversationId);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the other instances about {Count} changed conversation(s)")]
    private partial void LogPublishFailed(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for other instances' changes failed; reconnecting")]
    private partial void LogListenFailed(Exception exception);
}
