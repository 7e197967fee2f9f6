using System.Globalization;
using Microsoft.Data.Sqlite;

namespace BuurtBot.InzichtBench;

/// <summary>The markdown the benchmark prints.</summary>
internal static class Report
{
    private static readonly string[] Tables =
        ["Conversations", "StepEvents", "Handoffs", "Initiatieven", "InitiatiefTimeline", "CheckInRounds", "MonitoringEntries", "Evaluaties"];

    public static async Task RowCountsAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        Console.WriteLine();
        Console.WriteLine("| Table | Rows |");
        Console.WriteLine("| --- | ---: |");
        foreach (var table in Tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            var rows = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            Console.WriteLine(FormattableString.Invariant($"| {table} | {rows:N0} |"));
        }

        await using var size = connection.CreateCommand();
        size.CommandText = "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()";
        var bytes = Convert.ToInt64(await size.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        Console.WriteLine(FormattableString.Invariant($"| (database file) | {bytes / 1024.0 / 1024.0:0.0} MB |"));
        Console.WriteLine();
    }

    public static void Table(IReadOnlyList<CaseResult> results)
    {
        Console.WriteLine();
        Console.WriteLine("Per page load (ms; median / p90 / min / max over the measured loads):");
        Console.WriteLine();
        Console.WriteLine("| Case | Wall median | Wall p90 | Wall min | Wall max | CPU median | CPU p90 | CPU min | CPU max | Alloc MB (median) | Loadavg before → after |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var result in results)
        {
            var wall = Ms(result.Samples.Select(s => s.Wall));
            var cpu = Ms(result.Samples.Select(s => s.Cpu));
            var mb = Median(result.Samples.Select(s => s.AllocatedBytes / 1024.0 / 1024.0).ToList());
            Console.WriteLine(FormattableString.Invariant(
                $"| {result.Name} | {Median(wall):0.0} | {P90(wall):0.0} | {wall.Min():0.0} | {wall.Max():0.0} | {Median(cpu):0.0} | {P90(cpu):0.0} | {cpu.Min():0.0} | {cpu.Max():0.0} | {mb:0.0} | {result.LoadBefore} → {result.LoadAfter} |"));
        }

        Console.WriteLine();
        Console.WriteLine("Wall time of each query in a load (ms, median):");
        Console.WriteLine();
        Console.WriteLine("| Case | InzichtFigures.FunnelsAsync | HandoffInzichtQuery.ForAsync | MonitoringInzichtQuery.ForAsync |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var result in results)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"| {result.Name} | {Median(Ms(result.Samples.Select(s => s.Funnels))):0.0} | {Median(Ms(result.Samples.Select(s => s.Handoffs))):0.0} | {Median(Ms(result.Samples.Select(s => s.Monitoring))):0.0} |"));
        }

        Console.WriteLine();
    }

    private static List<double> Ms(IEnumerable<TimeSpan> times) => [.. times.Select(t => t.TotalMilliseconds)];

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Nearest rank: the smallest value at least 90 % of the loads did not exceed.</summary>
    private static double P90(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Ceiling(0.9 * sorted.Count) - 1];
    }
}
