using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using BuurtBot.Admin.Handoff;
using BuurtBot.Inzicht;
using BuurtBot.Scheduling;
using BuurtBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;

namespace BuurtBot.InzichtBench;

/// <summary>
/// Seeds a year of turns into a fresh SQLite file, then loads the Gesprekken-inzicht's figures the way
/// <c>/admin/inzicht</c> does (funnels, hand-offs, monitoring, one after the other on one context from the pool,
/// its connection opened for the request) for four scopes, and prints wall and CPU time per load as markdown,
/// with the query plans of the page's main queries. Before the cases, 30 unmeasured loads bring the code to tier 1.
/// <para>Usage: <c>--conversations N</c> (20000), <c>--loads N</c> (20), <c>--warmup N</c> (3), <c>--seed N</c> (2026), <c>--keep</c> (keep the file).</para>
/// </summary>
internal static class InzichtBenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        var conversations = Option(args, "--conversations", 20_000);
        var loads = Option(args, "--loads", 20);
        var warmup = Option(args, "--warmup", 3);
        var seed = Option(args, "--seed", 2026);
        var keep = args.Contains("--keep", StringComparer.Ordinal);
        var cancellationToken = CancellationToken.None;

        var directory = Directory.CreateTempSubdirectory("buurtbot-inzicht-");
        var file = Path.Combine(directory.FullName, "buurtbot.db");
        var connectionString = $"Data Source={file};Pooling=True";
        var options = new DbContextOptionsBuilder<BuurtBotDbContext>().UseSqlite(connectionString).AddInterceptors(new SqlitePragmas(StorageOptions.PowerLoss)).Options;

        Console.WriteLine(FormattableString.Invariant($"# Gesprekken-inzicht benchmark: {conversations} conversations in 2026, {loads} loads per case after {warmup} warm-up loads"));
        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, server GC {GCSettings.IsServerGC}; database {file}"));
        Console.WriteLine();
        try
        {
            await using (var db = new BuurtBotDbContext(options))
            {
                // As DatabaseMigrator does: WAL (persistent in the file), then the migrations.
                await db.Database.OpenConnectionAsync(cancellationToken);
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
                var migrating = Stopwatch.StartNew();
                await db.Database.MigrateAsync(cancellationToken);
                Console.WriteLine(FormattableString.Invariant($"Migrated in {migrating.Elapsed.TotalSeconds:0.0} s."));
            }

            await Seeder.SeedAsync(() => new BuurtBotDbContext(options), conversations, seed, cancellationToken);
            await Report.RowCountsAsync(connectionString, cancellationToken);

            // The app's contexts come from a pool (AddPooledDbContextFactory), one per request, with the
            // connection opened for the request (StorageExtensions.OpenForScope).
            var pool = new PooledDbContextFactory<BuurtBotDbContext>(options);
            var handoffOptions = Options.Create(new HandoffOptions());
            // A running app has its code at tier 1: 30 loads of the cheap case first, so the JIT's background
            // recompilation (at 30 calls) is done before anything is measured, not billed to the first case.
            var jit = Stopwatch.StartNew();
            await MeasureAsync(pool, handoffOptions, "JIT warm-up", Cases().First().Scope, 30, 0, cancellationToken);
            Console.WriteLine(FormattableString.Invariant($"  (JIT warm-up: 30 loads in {jit.Elapsed.TotalSeconds:0.0} s, not measured)"));
            var results = new List<CaseResult>();
            foreach (var scope in Cases())
            {
                results.Add(await MeasureAsync(pool, handoffOptions, scope.Name, scope.Scope, warmup, loads, cancellationToken));
            }

            Report.Table(results);
            await FunnelBreakdown.PrintAsync(pool, connectionString, Cases().Where(c => c.Scope.Wijken is null), Math.Min(loads, 5), cancellationToken);
            await using (var db = new BuurtBotDbContext(options))
            {
                await QueryPlans.PrintAsync(db, connectionString, Cases().First().Scope, cancellationToken);
            }

            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (!keep)
            {
                directory.Delete(recursive: true);
            }
        }
    }

    /// <summary>The page's scopes: Amsterdam days from Van up to and including Tot, as LoadAsync computes them.</summary>
    private static IEnumerable<(string Name, InzichtScope Scope)> Cases()
    {
        static InzichtScope Days(DateOnly van, DateOnly tot, string? wijk) => new(
            AmsterdamTime.At(van, TimeSpan.Zero).UtcDateTime, AmsterdamTime.At(tot.AddDays(1), TimeSpan.Zero).UtcDateTime, wijk is null ? null : [wijk]);

        yield return ("30 days (Nov 2026), all wijken", Days(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), null));
        yield return ("30 days (Nov 2026), Centrum", Days(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), "Centrum"));
        yield return ("Year 2026, all wijken", Days(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null));
        yield return ("Year 2026, Centrum", Days(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), "Centrum"));
    }

    private static async Task<CaseResult> MeasureAsync(
        PooledDbContextFactory<BuurtBotDbContext> pool, IOptions<HandoffOptions> handoffOptions, string name, InzichtScope scope,
        int warmup, int loads, CancellationToken cancellationToken)
    {
        var loadBefore = LoadAverage();
        var samples = new List<Sample>(loads);
        string summary = "";
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < warmup + loads; i++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: false);
            var wall = Stopwatch.StartNew();

            await using var db = pool.CreateDbContext();
            await db.Database.OpenConnectionAsync(cancellationToken);
            var funnels = await new InzichtFigures(db).FunnelsAsync(scope, cancellationToken);
            var afterFunnels = wall.Elapsed;
            var handoffs = await new HandoffInzichtQuery(db, handoffOptions).ForAsync(scope, cancellationToken);
            var afterHandoffs = wall.Elapsed;
            var monitoring = await new MonitoringInzichtQuery(db).ForAsync(scope, cancellationToken);
            var total = wall.Elapsed;

            process.Refresh();
            var cpuUsed = process.TotalProcessorTime - cpu;
            if (i >= warmup)
            {
                samples.Add(new Sample(total, cpuUsed, afterFunnels, afterHandoffs - afterFunnels, total - afterHandoffs,
                    GC.GetTotalAllocatedBytes(precise: false) - allocated));
            }

            summary = Summary(funnels, handoffs, monitoring);
        }

        var loadAfter = LoadAverage();
        Console.WriteLine(FormattableString.Invariant($"- {name}: {summary}; loadavg before `{loadBefore}`, after `{loadAfter}`"));
        return new CaseResult(name, samples, loadBefore, loadAfter);
    }

    /// <summary>What the page showed, to see the scope held data: residents at the intake's first step, hand-offs, check-ins.</summary>
    private static string Summary(IReadOnlyList<DialogFunnel> funnels, HandoffInzicht handoffs, MonitoringInzicht monitoring) =>
        FormattableString.Invariant(
            $"intake reached {funnels[0].Steps[0].Reached}, finished {funnels[0].Steps[^1].Reached - funnels[0].Steps[^1].Left}; ") +
        FormattableString.Invariant(
            $"deal review {funnels[1].Steps[0].Reached}; hand-offs {handoffs.Reasons.Sum(r => r.Requested)}; check-ins sent {monitoring.CheckInsSent}, evaluaties {monitoring.Evaluaties}");

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}

/// <summary>One page load: in total, its CPU, and the wall time of each of its three queries.</summary>
internal sealed record Sample(TimeSpan Wall, TimeSpan Cpu, TimeSpan Funnels, TimeSpan Handoffs, TimeSpan Monitoring, long AllocatedBytes);

internal sealed record CaseResult(string Name, IReadOnlyList<Sample> Samples, string LoadBefore, string LoadAfter);
