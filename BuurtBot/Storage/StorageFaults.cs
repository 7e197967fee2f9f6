using Microsoft.Data.Sqlite;
using Npgsql;

namespace BuurtBot.Storage;

/// <summary>
/// Which database errors mean "the store cannot take writes right now" (a full disk, a read-only or
/// vanished file, a server out of space or connections, a lock held past the busy timeout) rather than
/// a bug in a request. Those are answered with 503 and Retry-After, make /health/ready fail, and never
/// count as a failed turn: the turn is tried again once the store is back.
/// </summary>
public static class StorageFaults
{
    // SQLite primary result codes (the low byte of an extended code).
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteNoMem = 7;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoErr = 10;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;

    public static bool IsResourceFault(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite when (sqlite.SqliteErrorCode & 0xFF) is SqliteBusy or SqliteLocked or SqliteNoMem or SqliteReadOnly or SqliteIoErr or SqliteFull or SqliteCantOpen:
                    return true;
                // Class 53: insufficient resources (disk full, out of memory, too many connections); 25006: a
                // read-only transaction (a standby); 57P0x: the server is shutting down or starting; 08: connection.
                case PostgresException postgres when postgres.SqlState.StartsWith("53", StringComparison.Ordinal)
                    || postgres.SqlState is "25006" or "57P01" or "57P02" or "57P03"
                    || postgres.SqlState.StartsWith("08", StringComparison.Ordinal):
                    return true;
                case NpgsqlException { IsTransient: true }:
                    return true;
                case IOException:
                    return true;
            }
        }

        return false;
    }
}
