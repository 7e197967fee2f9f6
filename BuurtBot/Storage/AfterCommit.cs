using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BuurtBot.Storage;

/// <summary>
/// Work that must wait until what a context wrote is visible to others: waking the turn processor for
/// an inbox item stored inside a caller's transaction. Woken before the commit, the processor looks,
/// finds nothing and sleeps, and the resident's message (a "Goed nieuws", a notice) waits for their next
/// one. Outside a transaction the work runs at once, since SaveChanges has already committed.
/// </summary>
internal sealed class AfterCommit : DbTransactionInterceptor
{
    public static readonly AfterCommit Interceptor = new();

    private AfterCommit()
    {
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Pending(eventData)?.Forget();
        return result;
    }

    public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Pending(eventData)?.Forget();
        return ValueTask.FromResult(result);
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Pending(eventData)?.Run(eventData.TransactionId);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Pending(eventData)?.Run(eventData.TransactionId);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        Pending(eventData)?.Forget();

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Pending(eventData)?.Forget();
        return Task.CompletedTask;
    }

    private static AfterCommitQueue? Pending(TransactionEventData eventData) => (eventData.Context as BuurtBotDbContext)?.AfterCommitQueue;
}

/// <summary>A context's work waiting for its transaction's commit (at most one transaction at a time per context).</summary>
internal sealed class AfterCommitQueue
{
    private readonly List<(Guid Transaction, Action Work)> _work = [];

    public void Add(Guid transaction, Action work) => _work.Add((transaction, work));

    /// <summary>
    /// Runs the committed transaction's work. Anything else queued belonged to a transaction that ended
    /// without a commit (disposed, which no interceptor sees) and is dropped with it.
    /// </summary>
    public void Run(Guid transaction)
    {
        var due = _work.Where(w => w.Transaction == transaction).Select(w => w.Work).ToList();
        _work.Clear();
        foreach (var work in due)
        {
            work();
        }
    }

    public void Forget() => _work.Clear();
}
