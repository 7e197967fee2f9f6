using BuurtBot.Dialogs.Conversations.Welcome;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BuurtBot.Tests.Testing;

/// <summary>
/// The real host over a real temporary SQLite file. Each instance has its own file, deleted
/// on dispose; <see cref="Settings"/> adds configuration, <see cref="ConfigureServices"/> swaps services.
/// <see cref="OnPostgresAsync"/> makes the same host on PostgreSQL instead (see <see cref="PostgresServer"/>).
/// </summary>
public class BuurtBotApp : WebApplicationFactory<Program>
{
    public BuurtBotApp(string? databasePath = null)
    {
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), $"buurtbot-test-{Guid.NewGuid():N}.db");
        OwnsDatabase = databasePath is null;
    }

    public string DatabasePath { get; }

    /// <summary>Set: the host runs on this PostgreSQL database (Storage:Provider = Postgres) instead of the SQLite file.</summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary>Drop the PostgreSQL database on dispose (it was made for this host alone).</summary>
    public bool OwnsPostgresDatabase { get; init; }

    public StorageProvider Provider => PostgresConnectionString is null ? StorageProvider.Sqlite : StorageProvider.Postgres;

    private bool OwnsDatabase { get; }

    public Dictionary<string, string?> Settings { get; } = new();

    public Action<IServiceCollection>? ConfigureServices { get; set; }

    /// <summary>
    /// Channel tests talk to the smallest bot (a welcome with the menu for every message), so they
    /// assert what the channel does, not what the conversation says.
    /// </summary>
    public bool UseWelcomeBot { get; set; }

    public string ConnectionString => PostgresConnectionString ?? $"Data Source={DatabasePath}";

    /// <summary>A host on a new PostgreSQL database of its own, dropped on dispose.</summary>
    public static async Task<BuurtBotApp> OnPostgresAsync(string prefix = "buurtbot") =>
        new() { PostgresConnectionString = await PostgresServer.CreateDatabaseAsync(prefix), OwnsPostgresDatabase = true };

    /// <summary>A host on the given provider, with a database of its own.</summary>
    public static async Task<BuurtBotApp> OnAsync(StorageProvider provider) =>
        provider == StorageProvider.Postgres ? await OnPostgresAsync() : new BuurtBotApp();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:BuurtBot", ConnectionString);

        // Typing indicators depend on how busy the machine is; tests that count what a channel
        // received would see them only sometimes. TypingIndicatorTests switch them on.
        builder.UseSetting("Turns:ShowTypingAfter", "01:00:00");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        var provider = Provider.ToString();
        builder.UseSetting("Storage:Provider", provider);
        // Settings win over these defaults (a test may turn logging up).
        var defaults = new Dictionary<string, string?>
        {
            ["ConnectionStrings:BuurtBot"] = ConnectionString,
            ["Storage:Provider"] = provider,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(
            defaults.Where(d => !Settings.ContainsKey(d.Key)).Concat(Settings)));
        if (UseWelcomeBot)
        {
            builder.ConfigureServices(services => services.AddSingleton<IConversationBot, WelcomeBot>());
        }

        if (ConfigureServices is { } configure)
        {
            builder.ConfigureServices(configure);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && OwnsPostgresDatabase && PostgresConnectionString is { } postgres)
        {
            PostgresServer.DropDatabaseAsync(postgres).GetAwaiter().GetResult();
        }

        if (disposing && OwnsDatabase && Provider == StorageProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            // The scheduler keeps its own file beside the main one (see SchedulerDatabase).
            var scheduler = Path.ChangeExtension(DatabasePath, null) + "-scheduler" + Path.GetExtension(DatabasePath);
            foreach (var file in new[] { DatabasePath, scheduler }.SelectMany(path => new[] { path, path + "-wal", path + "-shm" }))
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // Best effort: a temp file left behind is harmless.
                }
            }
        }
    }
}

/// <summary>One in-process host shared by a test class (xunit class fixtures need a parameterless constructor).</summary>
public sealed class SharedBuurtBotApp : BuurtBotApp
{
    public SharedBuurtBotApp() => UseWelcomeBot = true;
}
