using BuurtBot.Admin.Handoff;
using BuurtBot.Dialogs.Domain.Monitoring;
using BuurtBot.Inzicht;
using BuurtBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.InzichtBench;

/// <summary>
/// <c>EXPLAIN QUERY PLAN</c> of the page's main queries, their SQL taken from EF Core (<c>ToQueryString</c>) for
/// LINQ written as in InzichtFigures, HandoffInzichtQuery and MonitoringInzichtQuery, run on the seeded file.
/// </summary>
internal static class QueryPlans
{
    public static async Task PrintAsync(BuurtBotDbContext db, string connectionString, InzichtScope scope, CancellationToken cancellationToken)
    {
        var steps = FunnelBreakdown.Query(db, [.. InzichtFigures.Dialogs.Select(d => d.Dialog)], scope);

        var plans = new List<(string Name, string Sql)>
        {
            ("StepEvents (InzichtFigures.FunnelsAsync)", steps.ToQueryString()),
            ("Handoffs, all wijken (HandoffInzichtQuery.ForAsync)", Handoffs(db, scope, null)),
            ("Handoffs, one wijk (HandoffInzichtQuery.ForAsync)", Handoffs(db, scope, ["Centrum"])),
            ("CheckInRounds, all wijken (MonitoringInzichtQuery.ForAsync)", Rounds(db, scope, null)),
            ("CheckInRounds, one wijk (MonitoringInzichtQuery.ForAsync)", Rounds(db, scope, ["Centrum"])),
            ("MonitoringEntries, one wijk (MonitoringInzichtQuery.ForAsync)", Entries(db, scope, ["Centrum"])),
            ("Evaluaties, one wijk (MonitoringInzichtQuery.ForAsync)", Evaluaties(db, scope, ["Centrum"])),
        };

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        Console.WriteLine("## Query plans");
        foreach (var (name, sql) in plans)
        {
            Console.WriteLine();
            Console.WriteLine($"### {name}");
            Console.WriteLine();
            Console.WriteLine("```sql");
            Console.WriteLine(sql.Trim());
            Console.WriteLine("```");
            Console.WriteLine();
            Console.WriteLine("```");
            await using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + Bind(explain, sql);
            await using var reader = await explain.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                Console.WriteLine(reader.GetString(3));
            }

            Console.WriteLine("```");
        }
    }

    private static string Handoffs(BuurtBotDbContext db, InzichtScope scope, List<string>? wijken) =>
        db.Set<HandoffRecord>().AsNoTracking()
            .Where(h => wijken == null || (h.Wijk != null && wijken.Contains(h.Wijk)))
            .Where(h => (h.QueuedUtc >= scope.FromUtc && h.QueuedUtc < scope.ToUtc)
                || (h.Kind == HandoffKind.Direct && h.TakenUtc >= scope.FromUtc && h.TakenUtc < scope.ToUtc))
            .Select(h => new { h.Reason, h.QueuedUtc, h.TakenUtc, h.CancelledUtc })
            .ToQueryString();

    private static string Rounds(BuurtBotDbContext db, InzichtScope scope, List<string>? wijken)
    {
        var initiatieven = db.Initiatieven.AsNoTracking()
            .Where(i => wijken == null || wijken.Contains(i.WijkName))
            .Select(i => i.Id);
        return db.Set<CheckInRound>().AsNoTracking()
            .Where(r => initiatieven.Contains(r.InitiatiefId) && r.SentUtc >= scope.FromUtc && r.SentUtc < scope.ToUtc)
            .Select(r => new { r.SentUtc, r.AnsweredUtc })
            .ToQueryString();
    }

    private static string Entries(BuurtBotDbContext db, InzichtScope scope, List<string>? wijken)
    {
        var initiatieven = db.Initiatieven.AsNoTracking().Where(i => wijken == null || wijken.Contains(i.WijkName)).Select(i => i.Id);
        return db.Set<MonitoringEntry>().AsNoTracking()
            .Where(e => initiatieven.Contains(e.InitiatiefId) && e.AtUtc >= scope.FromUtc && e.AtUtc < scope.ToUtc)
            .Select(e => e.Answer)
            .ToQueryString();
    }

    private static string Evaluaties(BuurtBotDbContext db, InzichtScope scope, List<string>? wijken)
    {
        var initiatieven = db.Initiatieven.AsNoTracking().Where(i => wijken == null || wijken.Contains(i.WijkName)).Select(i => i.Id);
        return db.Set<InitiatiefEvaluatie>().AsNoTracking()
            .Where(e => initiatieven.Contains(e.InitiatiefId) && e.AtUtc >= scope.FromUtc && e.AtUtc < scope.ToUtc)
            .Select(e => new { e.Satisfaction, e.WouldDoAgain })
            .ToQueryString();
    }

    /// <summary>Takes the <c>.param set @name value</c> lines ToQueryString writes for SQLite off the SQL and binds them.</summary>
    public static string Bind(SqliteCommand command, string sql)
    {
        var lines = sql.Split('\n');
        foreach (var line in lines.Where(l => l.StartsWith(".param set ", StringComparison.Ordinal)))
        {
            var rest = line[".param set ".Length..].Trim();
            var space = rest.IndexOf(' ', StringComparison.Ordinal);
            var value = rest[(space + 1)..];
            object bound = value == "NULL" ? DBNull.Value
                : value.StartsWith('\'') ? value[1..^1].Replace("''", "'", StringComparison.Ordinal)
                : value;
            command.Parameters.AddWithValue(rest[..space], bound);
        }

        return string.Join('\n', lines.Where(l => !l.StartsWith(".param set ", StringComparison.Ordinal)));
    }
}
