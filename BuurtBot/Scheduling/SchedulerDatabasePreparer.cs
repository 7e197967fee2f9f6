using Microsoft.Data.Sqlite;

namespace BuurtBot.Scheduling;

/// <summary>
/// Puts the scheduler's SQLite file in WAL mode before Quartz starts (hosted services start in
/// registration order), so the scheduler's writes never block its own readers. WAL is stored in
/// the file, so once per start is plenty; Quartz then provisions its tables in it.
/// </summary>
internal sealed class SchedulerDatabasePreparer(IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(SchedulerDatabase.ConnectionString(configuration));
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
