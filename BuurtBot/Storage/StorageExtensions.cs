using BuurtBot.Storage.Postgres;
using BuurtBot.Privacy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BuurtBot.Storage;

public static class StorageExtensions
{
    /// <summary>The SQLite file next to the app when nothing is configured.</summary>
    public const string DefaultConnectionString = "Data Source=buurtbot.db";

    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .Validate(o => Enum.IsDefined(o.Provider) && o.SweepEvery > TimeSpan.Zero && o.CheckpointEvery > TimeSpan.Zero && o.MigrationLockTimeout > TimeSpan.Zero,
                "Storage:Provider must be Sqlite or Postgres, and Storage:SweepEvery, Storage:CheckpointEvery and Storage:MigrationLockTimeout positive.")
            .Validate(o => o.Durability is StorageOptions.PowerLoss or StorageOptions.ProcessCrash,
                "Storage:Durability must be power-loss (synchronous = FULL) or process-crash (synchronous = NORMAL).")
            .ValidateOnStart();

        // Both are registered and the provider is read when the first context is built, so hosts that add
        // configuration late (tests) are honoured. The rest of the app asks for BuurtBotDbContext only.
        // Pooled: a turn uses three or four short-lived contexts, and building one from scratch (options,
        // EF's internal service scope) cost more CPU and memory than the turn's own queries.
        builder.Services.AddPooledDbContextFactory<BuurtBotDbContext>((services, options) => options
            .UseSqlite(ConnectionString(services))
            .ConfigureWarnings(QuietExpectedFailures)
            .AddInterceptors(new SqlitePragmas(services.GetRequiredService<IOptions<StorageOptions>>().Value.Durability), AfterCommit.Interceptor));
        builder.Services.AddPooledDbContextFactory<PostgresBuurtBotDbContext>((services, options) => options
            .UseNpgsql(PostgresConnectionString(services.GetRequiredService<IConfiguration>()))
            .ConfigureWarnings(QuietExpectedFailures)
            .AddInterceptors(AfterCommit.Interceptor));
        builder.Services.AddScoped<PostgresBuurtBotDbContext>(services =>
            services.GetRequiredService<IDbContextFactory<PostgresBuurtBotDbContext>>().CreateDbContext());
        builder.Services.AddScoped<BuurtBotDbContext>(services => ProviderOf(services) == StorageProvider.Postgres
            ? services.GetRequiredService<PostgresBuurtBotDbContext>()
            : OpenForScope(services.GetRequiredService<IDbContextFactory<BuurtBotDbContext>>().CreateDbContext()));

        builder.Services.AddSingleton<StorageHealth>();
        builder.Services.AddHostedService<DatabaseMigrator>();
        builder.Services.AddHostedService<SqliteCheckpointer>();
        builder.Services.AddDataProtection()
            .SetApplicationName("BuurtBot")
            .PersistKeysToDbContext<BuurtBotDbContext>()
            .ProtectKeysWhenConfigured(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// A failed command or save is logged by whoever handles it (a turn that failed, a request answered
    /// 500 or 503); a duplicate delivery is not a failure at all: the inbox stores first and lets the
    /// unique index find repeats, so EF Core's own error lines (with a stack trace, for every repeated
    /// Telegram update) would be noise. They stay available at Debug.
    /// </summary>
    private static void QuietExpectedFailures(Microsoft.EntityFrameworkCore.Diagnostics.WarningsConfigurationBuilder warnings) =>
        warnings.Log(
            (Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandError, LogLevel.Debug),
            (Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.SaveChangesFailed, LogLevel.Debug));

    /// <summary>
    /// A SQLite context keeps its connection open for its scope (a request, a turn): EF Core otherwise
    /// opens and closes it around every query, and each open re-registers EF's SQL functions and runs
    /// our pragmas — more work than a turn's small queries. An open SQLite connection outside a
    /// transaction holds no lock and no snapshot, so this blocks nobody.
    /// </summary>
    /// <remarks>
    /// Every save commits with a COMMIT statement, after which SQLite calls the group commit's WAL hook
    /// (<see cref="SqliteGroupCommit"/>). A save of one row would otherwise run as a single
    /// <c>INSERT ... RETURNING</c> outside a transaction, committed when its reader is reset, and SQLite
    /// calls no WAL hook for a commit made there. Set here, on every context taken from the pool.
    /// </remarks>
    private static BuurtBotDbContext OpenForScope(BuurtBotDbContext db)
    {
        db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        db.Database.OpenConnection();
        return db;
    }

    public static StorageProvider ProviderOf(IServiceProvider services) =>
        services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider;

    private static string ConnectionString(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>().GetConnectionString("BuurtBot") ?? DefaultConnectionString;

    /// <summary>
    /// ConnectionStrings:BuurtBot, which must name a PostgreSQL server when the provider is Postgres. Unless it
    /// says otherwise, Npgsql prepares a statement on the server once it has run a few times on a connection
    /// (<c>Max Auto Prepare</c>, off by default): a turn's statements are the same few every time, and without
    /// it PostgreSQL parses and plans each of them at every execution.
    /// </summary>
    public static string PostgresConnectionString(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration.GetConnectionString("BuurtBot");
        if (configured is null || !configured.Contains("Host=", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                "Storage:Provider is Postgres, so ConnectionStrings:BuurtBot must be a PostgreSQL connection string " +
                "(environment: ConnectionStrings__BuurtBot=\"Host=db;Database=buurtbot;Username=buurtbot;Password=...\").");
        }

        // Npgsql's own builder says every keyword it knows is "contained"; the plain one says what was written.
        var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = configured };
        if (written.ContainsKey("Max Auto Prepare") || written.ContainsKey("MaxAutoPrepare"))
        {
            return configured;
        }

        return new NpgsqlConnectionStringBuilder(configured) { MaxAutoPrepare = PreparedStatementsPerConnection }.ConnectionString;
    }

    /// <summary>More than the distinct statements of a turn, its inbox and its replies together.</summary>
    private const int PreparedStatementsPerConnection = 64;
}
