using System.Diagnostics;
using BuurtBot.Inzicht;
using BuurtBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace BuurtBot.InzichtBench;

/// <summary>
/// Where the funnels' time goes: SQLite alone (the same SQL stepped through over raw ADO, no column read: the
/// part that touches the file), the EF Core query as FunnelsAsync writes it (rows materialised, nothing computed),
/// and FunnelsAsync whole (plus the funnels computed in memory). CPU ms, median.
/// </summary>
internal static class FunnelBreakdown
{
    public static async Task PrintAsync(
        PooledDbContextFactory<BuurtBotDbContext> pool, string connectionString, IEnumerable<(string Name, InzichtScope Scope)> cases, int loads, CancellationToken cancellationToken)
    {
        Console.WriteLine(FormattableString.Invariant($"Where the funnels' CPU goes (ms, median of {loads} after one warm-up; each column is the whole of that step, so the last includes the others):"));
        Console.WriteLine();
        Console.WriteLine("| Case | Rows read | SQLite: the SQL stepped through, no values read | EF Core query, rows materialised | FunnelsAsync whole |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        var dialogs = InzichtFigures.Dialogs.Select(d => d.Dialog).ToList();
        foreach (var (name, scope) in cases)
        {
            string sql;
            await using (var db = pool.CreateDbContext())
            {
                sql = Query(db, dialogs, scope).ToQueryString();
            }

            var rows = 0;
            var sqlite = await CpuAsync(loads, async () =>
            {
                await using var connection = new SqliteConnection(connectionString);
                await connection.OpenAsync(cancellationToken);
                await using var command = connection.CreateCommand();
                command.CommandText = QueryPlans.Bind(command, sql);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                rows = 0;
                while (reader.Read())
                {
                    rows++;
                }
            });
            var ef = await CpuAsync(loads, async () =>
            {
                await using var db = pool.CreateDbContext();
                await db.Database.OpenConnectionAsync(cancellationToken);
                _ = await Query(db, dialogs, scope).ToListAsync(cancellationToken);
            });
            var whole = await CpuAsync(loads, async () =>
            {
                await using var db = pool.CreateDbContext();
                await db.Database.OpenConnectionAsync(cancellationToken);
                _ = await new InzichtFigures(db).FunnelsAsync(scope, cancellationToken);
            });
            Console.WriteLine(FormattableString.Invariant($"| {name} | {rows:N0} | {sqlite:0.0} | {ef:0.0} | {whole:0.0} |"));
        }

        Console.WriteLine();
    }

    /// <summary>The LINQ of InzichtFigures.FunnelsAsync, with the same columns.</summary>
    public static IQueryable<object> Query(BuurtBotDbContext db, List<string> dialogs, InzichtScope scope) =>
        db.Set<StepEvent>().AsNoTracking()
            .Where(e => dialogs.Contains(e.Dialog) && e.AtUtc >= scope.FromUtc && e.AtUtc < scope.ToUtc)
            .Select(e => new { e.Id, e.ConversationId, e.Wijk, e.Dialog, e.Step, e.Outcome, e.AtUtc });

    private static async Task<double> CpuAsync(int loads, Func<Task> load)
    {
        using var process = Process.GetCurrentProcess();
        var samples = new List<double>();
        for (var i = 0; i <= loads; i++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            await load();
            process.Refresh();
            if (i > 0)
            {
                samples.Add((process.TotalProcessorTime - before).TotalMilliseconds);
            }
        }

        samples.Sort();
        var middle = samples.Count / 2;
        return samples.Count % 2 == 1 ? samples[middle] : (samples[middle - 1] + samples[middle]) / 2;
    }
}
