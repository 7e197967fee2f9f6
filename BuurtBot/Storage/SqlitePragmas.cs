using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BuurtBot.Storage;

/// <summary>
/// Sets the per-connection settings SQLite does not remember in the file: wait for a lock instead of
/// failing at once (<see cref="SqliteBusyWait"/>), and enforce foreign keys. WAL itself is persistent
/// and set at start. Set once
/// per native connection: Microsoft.Data.Sqlite pools those, and an open from the pool would
/// otherwise parse and run the same three statements again.
/// </summary>
internal sealed class SqlitePragmas(string durability) : DbConnectionInterceptor
{
    /// <summary>Pages in the WAL after which a commit checkpoints, should <see cref="SqliteCheckpointer"/> fall behind.</summary>
    private const int CheckpointAfterFrames = 10_000;

    // wal_autocheckpoint: 10,000 pages (40 MB) instead of 1,000; SqliteCheckpointer does it every second.
    // cache_size: 512 KB instead of 2 MB per pooled connection. Any write by another connection empties
    // a connection's cache anyway, so under traffic the larger cache only held memory (-25 MB RSS).
    // synchronous: NORMAL writes the WAL at a commit and syncs it only at checkpoints, which a process
    // crash never undoes but a power cut can; power-loss adds the sync after each commit, shared between
    // the commits that finish together and outside the write lock (SqliteGroupCommit).
    private readonly bool _groupCommit = durability != StorageOptions.ProcessCrash;

    // With the group commit its WAL hook replaces wal_autocheckpoint's, at the same number of pages.
    private static readonly string Pragmas = "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; " +
        $"PRAGMA wal_autocheckpoint = {CheckpointAfterFrames}; PRAGMA cache_size = -512;";

    private static readonly ConditionalWeakTable<object, object> Applied = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            InstallBusyWait(connection);
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
            InstallGroupCommit(connection);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            InstallBusyWait(connection);
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            InstallGroupCommit(connection);
        }
    }

    private static void InstallBusyWait(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            SqliteBusyWait.Install(sqlite);
        }
    }

    // After the pragmas: wal_autocheckpoint installs SQLite's own WAL hook, which this one replaces.
    private void InstallGroupCommit(DbConnection connection)
    {
        if (_groupCommit && connection is SqliteConnection sqlite)
        {
            SqliteGroupCommit.Install(sqlite, CheckpointAfterFrames);
        }
    }

    private static bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || Applied.TryAdd(handle, Applied);
}
