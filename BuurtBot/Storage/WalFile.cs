using System.Runtime.InteropServices;

namespace BuurtBot.Storage;

/// <summary>
/// One SQLite WAL file and the syncs that make its commits durable (see <see cref="SqliteGroupCommit"/>).
/// A sync covers every commit that finished before it started, so a caller waits for the first sync
/// to start after it arrived. The first caller to find no sync running does it on its own thread
/// (alone, a commit costs one fsync as with FULL, minus the lock); callers that arrive meanwhile wait,
/// and the first of them to wake does the next sync for all of them.
/// </summary>
internal sealed class WalFile
{
    private readonly string _path;
    private readonly Action<string> _flush;
    // A monitor, not System.Threading.Lock: waiters sleep on it (Monitor.Wait) until a sync ends.
    private readonly object _gate = new();

    private long _started;
    private long _completed;
    private bool _syncing;
    private Exception? _failed;
    private long _commits;

    public WalFile(string path, Action<string> flush)
    {
        _path = path;
        _flush = flush;
        // For the native hook: lives as long as the process, as the pooled connections that point to it may.
        State = GCHandle.ToIntPtr(GCHandle.Alloc(this));
    }

    /// <summary>This object as the WAL hook's state pointer.</summary>
    public IntPtr State { get; }

    /// <summary>The WAL size (in pages) after which a commit also checkpoints, as SQLite's wal_autocheckpoint; set by the hook's installer.</summary>
    public int CheckpointAfterFrames { get; set; } = 1000;

    /// <summary>Syncs completed (tests: commits per sync is what the group saves).</summary>
    public long Syncs => Interlocked.Read(ref _completed);

    /// <summary>Commits that waited for a sync (tests).</summary>
    public long Commits => Interlocked.Read(ref _commits);

    /// <summary>
    /// Returns once a sync that started after this call has finished. After a failed sync every call
    /// throws, until the process restarts: Linux reports a failed write-back once and may drop the pages,
    /// so a later fsync that succeeds would not mean the earlier commits are on disk (PostgreSQL stops
    /// for the same reason). The WAL hook stops the process at the first of them.
    /// </summary>
    public void SyncAfterNow()
    {
        Interlocked.Increment(ref _commits);
        long mine;
        lock (_gate)
        {
            // The next sync to start covers this commit; one already running may have started before it.
            mine = _started + 1;
            while (true)
            {
                if (_failed is not null)
                {
                    throw new IOException($"An earlier sync of {Path.GetFileName(_path)} failed; restart the process so SQLite recovers from what is on disk.", _failed);
                }

                if (_completed >= mine)
                {
                    return;
                }

                if (!_syncing)
                {
                    break;
                }

                Monitor.Wait(_gate);
            }

            // This caller syncs for itself and everyone who waits for the same generation.
            _syncing = true;
            _started = mine;
        }

        Exception? failure = null;
        try
        {
            _flush(_path);
        }
#pragma warning disable CA1031 // Recorded and rethrown to every waiter below.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            failure = ex;
        }

        lock (_gate)
        {
            _syncing = false;
            if (failure is null)
            {
                _completed = mine;
            }
            else
            {
                _failed = failure;
            }

            Monitor.PulseAll(_gate);
        }

        if (failure is not null)
        {
            throw new IOException($"Syncing {Path.GetFileName(_path)} to disk failed.", failure);
        }
    }
}
