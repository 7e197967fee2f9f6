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
    // wal_autocheckpoint: 10,000 pages (40 MB) instead of 1,000; SqliteCheckpointer does it every second.
    // cache_size: 512 KB instead of 2 MB per pooled connection. Any write by another connection empties
    // a connection's cache anyway, so under traffic the larger cache only held memory (-25 MB RSS).
    // synchronous: FULL syncs the WAL at every commit, so a commit survives a power cut; NORMAL only at
    // checkpoints, which a process crash never undoes but a power cut can (Storage:Durability).
    private readonly string _pragmas = "PRAGMA foreign_keys = ON; " +
        (durability == StorageOptions.ProcessCrash ? "PRAGMA synchronous = NORMAL; " : "PRAGMA synchronous = FULL; ") +
        "PRAGMA wal_autocheckpoint = 10000; PRAGMA cache_size = -512;";

    private static readonly ConditionalWeakTable<object, object> Applied = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            InstallBusyWait(connection);
            using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            InstallBusyWait(connection);
            await using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static void InstallBusyWait(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            SqliteBusyWait.Install(sqlite);
        }
    }

    private static bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || Applied.TryAdd(handle, Applied);
}
