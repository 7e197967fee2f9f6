using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Microsoft.Win32.SafeHandles;

namespace BuurtBot.Storage;

/// <summary>
/// <c>Storage:Durability=power-loss</c> as a group commit. SQLite's <c>synchronous = FULL</c> syncs the WAL
/// inside every commit, holding the database's one write lock all the while, so on a disk whose sync takes
/// milliseconds every conversation's turn queues behind another's fsync. Instead connections run
/// with <c>synchronous = NORMAL</c> (a commit only writes the WAL) and SQLite's WAL hook, which it calls
/// right after each commit once the write lock is released, waits for a sync of the WAL that started after
/// that commit (<see cref="WalFile"/>): commits that finish while one sync runs share the next. The
/// statement that committed returns only then, so what a caller was told is saved (an acknowledged
/// message, a stored reply) survives a power cut as before. On the test machines' fast virtual disk commits
/// seldom overlap a sync, and CPU per turn measured the same as FULL (bench/RESULTS-load.md).
/// </summary>
internal static unsafe partial class SqliteGroupCommit
{
    private const int SqliteOk = 0;

    // One per database file, for the process: Microsoft.Data.Sqlite pools native connections per process,
    // so a hook installed by one host (a test's) can outlive it, and must still find its file.
    private static readonly ConcurrentDictionary<string, WalFile> Files = new(StringComparer.Ordinal);

    /// <summary>
    /// The WAL of the database at <paramref name="databasePath"/>. <paramref name="flush"/> replaces the
    /// fsync, for tests; given for a path already in use it is ignored.
    /// </summary>
    public static WalFile For(string databasePath, Action<string>? flush = null) =>
        Files.GetOrAdd(databasePath, path => new WalFile(path + "-wal", flush ?? FlushToDisk));

    /// <summary>
    /// Installs the hook on an open connection's native handle. It replaces SQLite's automatic checkpoint
    /// (which is itself a WAL hook), so the hook checkpoints after <paramref name="checkpointAfterFrames"/>
    /// frames as that one did. An in-memory database has no file to sync and gets no hook.
    /// </summary>
    public static void Install(SqliteConnection connection, int checkpointAfterFrames)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var handle = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        if (string.IsNullOrEmpty(connection.DataSource))
        {
            return;
        }

        var file = For(Path.GetFullPath(connection.DataSource));
        file.CheckpointAfterFrames = checkpointAfterFrames;
        sqlite3_wal_hook(handle.DangerousGetHandle(), &OnCommitted, file.State);
    }

    /// <summary>
    /// Called by SQLite on the committing thread after a commit reached the WAL. A sync that fails stops the
    /// process, as PostgreSQL does: the commit has happened, so the only error SQLite could report would
    /// reach Microsoft.Data.Sqlite's COMMIT, whose transaction then tries a ROLLBACK of nothing and reports
    /// that instead; and after a failed write-back the kernel may have dropped the pages, so carrying on
    /// would acknowledge commits that are not on disk. On the next start SQLite recovers from what is.
    /// </summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int OnCommitted(IntPtr state, IntPtr db, IntPtr schema, int frames)
    {
        var file = (WalFile)GCHandle.FromIntPtr(state).Target!;
        try
        {
            file.SyncAfterNow();
        }
#pragma warning disable CA1031 // No exception may cross into native code; every one of them ends the process.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Environment.FailFast($"BuurtBot stopped: {ex.Message} Nothing more is acknowledged; on the next start SQLite recovers from what is on disk.", ex);
        }

        if (frames >= file.CheckpointAfterFrames)
        {
            // What SQLite's own automatic checkpoint does at this point (sqlite3WalDefaultHook).
            _ = sqlite3_wal_checkpoint(db, schema);
        }

        return SqliteOk;
    }

    /// <summary>
    /// fsync of the WAL, opened for this sync alone: SQLite deletes the file when its last connection
    /// closes (after a checkpoint it synced) and makes a new one on the next open, which a handle kept
    /// open would not see. No file means no commit is waiting in one. SQLite locks the database and
    /// its -shm file, never the WAL, so opening and closing it here releases none of SQLite's locks.
    /// </summary>
    private static void FlushToDisk(string walPath)
    {
        SafeFileHandle? handle;
        try
        {
            handle = File.OpenHandle(walPath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (FileNotFoundException)
        {
            return;
        }

        using (handle)
        {
            RandomAccess.FlushToDisk(handle);
        }
    }

    [LibraryImport("e_sqlite3")]
    private static partial IntPtr sqlite3_wal_hook(IntPtr db, delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr, int, int> callback, IntPtr state);

    [LibraryImport("e_sqlite3")]
    private static partial int sqlite3_wal_checkpoint(IntPtr db, IntPtr schema);
}
