namespace BuurtBot.Storage.Transfer;

/// <summary>
/// Commands run instead of the web host, to move from SQLite to PostgreSQL:
/// <c>dotnet run --project BuurtBot -- data export &lt;file.json&gt;</c> on the old configuration, then
/// <c>dotnet run --project BuurtBot -- data import &lt;file.json&gt;</c> with <c>Storage__Provider=Postgres</c>;
/// or, the same two on SQLite, to carry a developer's data into a new file.
/// </summary>
public static class DataCommandRunner
{
    public const string Usage = "Usage: dotnet run --project BuurtBot -- data export <file.json> | data import <file.json>";

    /// <summary>Runs a <c>data …</c> command; returns the process exit code.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        if (args is not ["data", var verb, var file] || verb is not ("export" or "import") || file.StartsWith('-'))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        // The web host is not started, so the migrations it would run at start run here.
        await DatabaseMigrator.MigrateAsync(scope.ServiceProvider, CancellationToken.None);
        try
        {
            if (verb == "export")
            {
                await using var stream = File.Create(file);
                var rows = await DatabaseTransfer.ExportAsync(db, stream, CancellationToken.None);
                await output.WriteLineAsync($"Exported {rows} row(s) from {db.Database.ProviderName} to {file}.");
            }
            else
            {
                await using var stream = File.OpenRead(file);
                var rows = await DatabaseTransfer.ImportAsync(db, stream, CancellationToken.None);
                await output.WriteLineAsync($"Imported {rows} row(s) from {file}.");
            }

            return 0;
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or System.Text.Json.JsonException)
        {
            await output.WriteLineAsync($"Could not {verb} {file}: {ex.Message}");
            return 1;
        }
    }
}
