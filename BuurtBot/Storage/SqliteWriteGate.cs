using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BuurtBot.Storage;

/// <summary>
/// Lets one writer at a time into the SQLite file, queued in .NET instead of in SQLite. SQLite allows
/// one writer anyway; a second one waits in SQLite's busy handler, which sleeps the calling thread
/// (1, 2, 5, 10 … 100 ms) while the lock may already be free. Microsoft.Data.Sqlite is synchronous, so
/// under load those sleeping writers held thread-pool threads and turns took seconds (bench/RESULTS-load.md).
/// Here a writer awaits its turn without a thread and starts the moment the previous one commits.
/// A write is a transaction (from BEGIN to its end) or a single INSERT/UPDATE/DELETE outside one.
/// Another process on the same file still meets SQLite's own busy handling (busy_timeout).
/// </summary>
public sealed class SqliteWriteGate : IDbTransactionInterceptor, IDbCommandInterceptor, IDbConnectionInterceptor
{
    // Past this the writer goes ahead without the gate and SQLite's busy_timeout decides, so a mistake
    // (a write waiting on another write of the same flow) fails as before instead of hanging.
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _gate = new(1, 1);

    // Who holds the gate now: a transaction (by EF's connection id) or a single write command.
    private readonly ConcurrentDictionary<Guid, byte> _transactions = new();
    private readonly ConcurrentDictionary<DbCommand, byte> _commands = new(ReferenceEqualityComparer.Instance);

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (await _gate.WaitAsync(MaxWait, cancellationToken))
        {
            Hold(_transactions, eventData.ConnectionId);
        }

        return result;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (_gate.Wait(MaxWait))
        {
            Hold(_transactions, eventData.ConnectionId);
        }

        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Leave(eventData);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Leave(eventData);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Leave(eventData);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData);
        return Task.CompletedTask;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnterIfWriteAsync(command, cancellationToken);
        return result;
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        EnterIfWrite(command);
        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Leave(command);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Leave(command);
        return ValueTask.FromResult(result);
    }

    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await EnterIfWriteAsync(command, cancellationToken);
        return result;
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        EnterIfWrite(command);
        return result;
    }

    // An INSERT … RETURNING keeps its write lock until its reader is done with it.
    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Leave(command);
        return result;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Leave(command);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(command);
        return Task.CompletedTask;
    }

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Leave(command);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(command);
        return Task.CompletedTask;
    }

    // A transaction disposed without commit or rollback (SaveChanges failing half-way) ends with its connection.
    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Leave(eventData.ConnectionId);
    }

    public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Leave(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    /// <summary>Whether a command outside a transaction writes (its first keyword).</summary>
    public static bool IsWrite(DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var sql = command.CommandText.AsSpan().TrimStart();
        return sql.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
            || sql.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || sql.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)
            || sql.StartsWith("REPLACE", StringComparison.OrdinalIgnoreCase);
    }

    private async Task EnterIfWriteAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (command.Transaction is null && IsWrite(command) && await _gate.WaitAsync(MaxWait, cancellationToken))
        {
            Hold(_commands, command);
        }
    }

    private void EnterIfWrite(DbCommand command)
    {
        if (command.Transaction is null && IsWrite(command) && _gate.Wait(MaxWait))
        {
            Hold(_commands, command);
        }
    }

    private void Hold<TKey>(ConcurrentDictionary<TKey, byte> holders, TKey holder)
        where TKey : notnull
    {
        if (!holders.TryAdd(holder, 0))
        {
            // Holds it already (SQLite has no nested writes, so this is not expected); keep one count.
            _gate.Release();
        }
    }

    private void Leave(TransactionEventData eventData) => Leave(eventData.ConnectionId);

    private void Leave(Guid connectionId)
    {
        if (_transactions.TryRemove(connectionId, out _))
        {
            _gate.Release();
        }
    }

    private void Leave(DbCommand command)
    {
        if (_commands.TryRemove(command, out _))
        {
            _gate.Release();
        }
    }
}
