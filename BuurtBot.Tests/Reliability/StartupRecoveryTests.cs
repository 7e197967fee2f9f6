using System.Diagnostics;
using BuurtBot.Tests.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit.Abstractions;

namespace BuurtBot.Tests.Reliability;

/// <summary>
/// The host as a real process, killed with SIGKILL at each point of its start-up and started again on
/// the same database: it must come up, and within seconds. EF Core's migration lock on SQLite is a row in
/// <c>__EFMigrationsLock</c> that a killed start leaves behind; before the fix every later start waited on
/// it forever.
/// </summary>
public sealed class StartupRecoveryTests(ITestOutputHelper output)
{
    private const string Acquiring = "Acquiring an exclusive lock for migration application";

    /// <summary>How long a restart may take: a start normally takes 1–4 s; a loaded CI machine is slower.</summary>
    // Recovery, not speed, is what these tests prove: a restart on PostgreSQL took 9–19 s at load 5–19 and
    // once more than 45 s at load 20 (a fresh-clone run beside three other builds); the figure is printed.
    private static readonly TimeSpan RestartWithin = TimeSpan.FromSeconds(90);

    /// <summary>The points of start-up, in order, each as the line the host writes when it gets there.</summary>
    public static TheoryData<string, bool> Phases => new()
    {
        { "spawned", true },
        { Acquiring, true },
        { "Applying migration", true },
        { "Database ready", true },
        { "Now listening on", true },
        // A restart of an existing database: the lock is taken though nothing is pending.
        { Acquiring, false },
    };

    private static Dictionary<string, string?> Verbose(Dictionary<string, string?>? settings = null)
    {
        var all = settings ?? [];
        all["Logging:LogLevel:Microsoft.EntityFrameworkCore.Migrations"] = "Information";
        all["Logging:LogLevel:BuurtBot.Storage.DatabaseMigrator"] = "Information";
        return all;
    }

    [Fact]
    public async Task ADatabaseWithAStaleMigrationLockStartsWithinSeconds()
    {
        var database = NewDatabasePath();
        try
        {
            var first = await HostProcess.StartAsync(database, timeout: TimeSpan.FromMinutes(2));
            await first.StopAsync();
            await ExecuteSqliteAsync(database, "INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-12-01 23:00:00+00:00')");

            var clock = Stopwatch.StartNew();
            await using var again = await first.RestartAsync(RestartWithin);
            output.WriteLine($"ready {clock.Elapsed.TotalSeconds:F1} s after the start, over a stale lock row");
            Assert.Equal(0L, await ScalarSqliteAsync(database, "SELECT COUNT(*) FROM \"__EFMigrationsLock\""));
            Assert.True(again.HasWritten("Removed EF Core's migration lock"), again.RecentOutput);
        }
        finally
        {
            Delete(database);
        }
    }

    [Theory]
    [MemberData(nameof(Phases))]
    public async Task KilledAtAPointOfStartUpItStartsAgain(string phase, bool freshDatabase)
    {
        var database = NewDatabasePath();
        try
        {
            if (!freshDatabase)
            {
                await (await HostProcess.StartAsync(database, timeout: TimeSpan.FromMinutes(2))).StopAsync();
            }

            var killed = HostProcess.Launch(database, Verbose());
            if (phase != "spawned")
            {
                Assert.True(await killed.WaitForLineAsync(phase, TimeSpan.FromMinutes(2)), $"The host never wrote '{phase}':{Environment.NewLine}{killed.RecentOutput}");
            }

            killed.Kill();
            Assert.Equal(137, killed.ExitCode);

            var clock = Stopwatch.StartNew();
            await using var again = await killed.RestartAsync(RestartWithin);
            output.WriteLine($"killed at '{phase}' ({(freshDatabase ? "new" : "existing")} database), ready again {clock.Elapsed.TotalSeconds:F1} s after the restart");
            Assert.Equal(await MigrationCountAsync(), await ScalarSqliteAsync(database, "SELECT COUNT(*) FROM \"__EFMigrationsHistory\""));
        }
        finally
        {
            Delete(database);
        }
    }

    [Fact]
    public async Task TwoInstancesStartingTogetherOnOneSqliteFileMigrateOnce()
    {
        var database = NewDatabasePath();
        try
        {
            var a = HostProcess.Launch(database, Verbose());
            var b = HostProcess.Launch(database, Verbose());
            try
            {
                await Task.WhenAll(a.WaitUntilReadyAsync(TimeSpan.FromMinutes(2)), b.WaitUntilReadyAsync(TimeSpan.FromMinutes(2)));
                var count = await MigrationCountAsync();
                // One applied the migrations, the other found them applied.
                Assert.Single(new[] { a, b }, h => h.HasWritten($"applied {count} migration(s)"));
                Assert.Single(new[] { a, b }, h => h.HasWritten("applied 0 migration(s)"));
            }
            finally
            {
                await a.DisposeAsync();
                await b.DisposeAsync();
            }
        }
        finally
        {
            Delete(database);
        }
    }

    [Theory]
    // EF Core's PostgreSQL lock (LOCK TABLE in the migration's transaction) writes no "Acquiring" line.
    [InlineData("Applying migration")]
    [InlineData("Database ready")]
    [InlineData("Now listening on")]
    public async Task OnPostgresKilledAtAPointOfStartUpItStartsAgain(string phase)
    {
        var database = await PostgresServer.CreateDatabaseAsync("startup");
        try
        {
            var settings = Verbose(new() { ["Storage:Provider"] = "Postgres", ["ConnectionStrings:BuurtBot"] = database });
            var killed = HostProcess.Launch(NewDatabasePath(), settings);
            Assert.True(await killed.WaitForLineAsync(phase, TimeSpan.FromMinutes(2)), $"The host never wrote '{phase}':{Environment.NewLine}{killed.RecentOutput}");
            killed.Kill();

            var clock = Stopwatch.StartNew();
            await using var again = await killed.RestartAsync(RestartWithin);
            output.WriteLine($"PostgreSQL: killed at '{phase}', ready again {clock.Elapsed.TotalSeconds:F1} s after the restart");
            await using var connection = new NpgsqlConnection(database);
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand("SELECT COUNT(*) FROM \"__EFMigrationsHistory\"", connection);
            Assert.Equal((long)PostgresMigrationCount(), (long)(await count.ExecuteScalarAsync())!);
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public async Task TwoInstancesStartingTogetherOnPostgresMigrateOnce()
    {
        var database = await PostgresServer.CreateDatabaseAsync("startup");
        try
        {
            var settings = Verbose(new() { ["Storage:Provider"] = "Postgres", ["ConnectionStrings:BuurtBot"] = database });
            var a = HostProcess.Launch(NewDatabasePath(), settings);
            var b = HostProcess.Launch(NewDatabasePath(), settings);
            try
            {
                await Task.WhenAll(a.WaitUntilReadyAsync(TimeSpan.FromMinutes(2)), b.WaitUntilReadyAsync(TimeSpan.FromMinutes(2)));
                Assert.Single(new[] { a, b }, h => h.HasWritten($"applied {PostgresMigrationCount()} migration(s)"));
                Assert.Single(new[] { a, b }, h => h.HasWritten("applied 0 migration(s)"));
            }
            finally
            {
                await a.DisposeAsync();
                await b.DisposeAsync();
            }
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(database);
        }
    }

    private static int PostgresMigrationCount() =>
        typeof(BuurtBot.Storage.Postgres.PostgresBuurtBotDbContext).Assembly.GetTypes()
            .Count(t => t.Namespace == "BuurtBot.Storage.Migrations.Postgres" && t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute), false).Length > 0);

    private static Task<long> MigrationCountAsync() => Task.FromResult((long)
        typeof(BuurtBot.Storage.BuurtBotDbContext).Assembly.GetTypes()
            .Count(t => t.Namespace == "BuurtBot.Storage.Migrations" && t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute), false).Length > 0));

    private static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), $"buurtbot-startup-{Guid.NewGuid():N}.db");

    private static async Task ExecuteSqliteAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarSqliteAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static void Delete(string database)
    {
        SqliteConnection.ClearAllPools();
        HostProcess.DeleteDatabase(database);
        HostProcess.DeleteDatabase(Path.ChangeExtension(database, null) + "-scheduler.db");
        File.Delete(database + "-migrate.lock");
    }
}
