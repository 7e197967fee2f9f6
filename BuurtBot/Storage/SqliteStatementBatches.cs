using Microsoft.EntityFrameworkCore.Update;

namespace BuurtBot.Storage;

/// <summary>
/// Saves on SQLite in batches of statements, as EF Core does on PostgreSQL and SQL Server. EF's SQLite
/// provider sends each row of a SaveChanges as its own command (in process there is no round trip to
/// save), yet each command costs EF a command object, its parameters and a reader, and a turn's save
/// writes five to eight rows. Microsoft.Data.Sqlite runs a command's statements one by one, each
/// result set (RETURNING) after the last, inside the transaction SaveChanges opens, so what is checked
/// per row (a concurrency token, a unique index) is checked as before.
/// </summary>
internal sealed class SqliteStatementBatches(ModificationCommandBatchFactoryDependencies dependencies) : IModificationCommandBatchFactory
{
    // Large enough for any turn's save; small enough that a batch's SQL and parameters stay a few KB.
    public const int MaxStatements = 32;

    public ModificationCommandBatch Create() => new Batch(dependencies);

    // EF's own batch that reads each statement's rows affected (SQLite: RETURNING), only with room for more than one.
    private sealed class Batch(ModificationCommandBatchFactoryDependencies dependencies)
        : AffectedCountModificationCommandBatch(dependencies, MaxStatements);
}
