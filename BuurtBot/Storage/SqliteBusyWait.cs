using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace BuurtBot.Storage;

/// <summary>
/// How a SQLite connection waits for the write lock another connection holds. SQLite's own busy
/// timeout sleeps 1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50 and then 100 ms between tries, so under a
/// steady stream of short writes a waiting turn often sleeps tens of milliseconds after the lock was
/// already free (measured: two such sleeps per web chat turn at 350 turns/s). This handler tries
/// again about every millisecond, and still gives up after the same ten seconds. SQLitePCLRaw does
/// not expose sqlite3_busy_handler, so it is called in the same native library directly.
/// </summary>
internal static partial class SqliteBusyWait
{
    /// <summary>As long as PRAGMA busy_timeout waited before; after that the statement fails with SQLITE_BUSY.</summary>
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(10);

    // The first wait of each lock event, per thread: the handler is told only how often it was called.
    [ThreadStatic]
    private static long _waitingSince;

    /// <summary>Installs the handler on the connection's native handle; replaces any busy timeout set before.</summary>
    public static unsafe void Install(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var handle = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var rc = sqlite3_busy_handler(handle.DangerousGetHandle(), &OnBusy, IntPtr.Zero);
        if (rc != 0)
        {
            throw new InvalidOperationException($"sqlite3_busy_handler failed with code {rc}.");
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int OnBusy(IntPtr state, int count)
    {
        var now = Stopwatch.GetTimestamp();
        if (count == 0)
        {
            _waitingSince = now;
        }
        else if (Stopwatch.GetElapsedTime(_waitingSince, now) >= GiveUpAfter)
        {
            return 0;
        }

        // A yield first (the holder may be about to commit on the other core), then 1 ms sleeps.
        if (count < 2)
        {
            Thread.Yield();
        }
        else
        {
            Thread.Sleep(1);
        }

        return 1;
    }

    [LibraryImport("e_sqlite3")]
    private static unsafe partial int sqlite3_busy_handler(IntPtr db, delegate* unmanaged[Cdecl]<IntPtr, int, int> handler, IntPtr state);
}
