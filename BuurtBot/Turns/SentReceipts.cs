using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Turns;

/// <summary>
/// Marks delivered replies as sent, many in one write: the lanes of the outbox sender each wait for
/// their own reply's mark before sending the next (so a crash repeats at most one reply per
/// conversation), while one writer turns all marks waiting at that moment into a single UPDATE.
/// On SQLite, which lets one writer in at a time, that is one lock instead of one per reply.
/// </summary>
public sealed class SentReceipts(IServiceScopeFactory scopes, TimeProvider time)
{
    private readonly Lock _gate = new();
    private List<(long Id, TaskCompletionSource Done)> _waiting = [];
    private bool _writing;

    /// <summary>Completes once the reply is stored as sent; faults if the write failed.</summary>
    public Task MarkSentAsync(long outboxId, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bool startWriter;
        lock (_gate)
        {
            _waiting.Add((outboxId, done));
            startWriter = !_writing;
            _writing = true;
        }

        if (startWriter)
        {
            _ = Task.Run(WriteWhileWaitingAsync, CancellationToken.None);
        }

        return done.Task.WaitAsync(cancellationToken);
    }

    private async Task WriteWhileWaitingAsync()
    {
        while (true)
        {
            List<(long Id, TaskCompletionSource Done)> batch;
            lock (_gate)
            {
                if (_waiting.Count == 0)
                {
                    _writing = false;
                    return;
                }

                batch = _waiting;
                _waiting = [];
            }

            try
            {
                var ids = batch.Select(b => b.Id).ToList();
                var now = time.GetUtcNow().UtcDateTime;
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
                await db.Outbox.Where(o => ids.Contains(o.Id)).ExecuteUpdateAsync(s => s
                    .SetProperty(o => o.Status, OutboxStatus.Sent)
                    .SetProperty(o => o.SentUtc, now)
                    .SetProperty(o => o.Attempts, o => o.Attempts + 1), CancellationToken.None);
                batch.ForEach(b => b.Done.TrySetResult());
            }
            catch (Exception ex)
            {
                batch.ForEach(b => b.Done.TrySetException(ex));
            }
        }
    }
}
