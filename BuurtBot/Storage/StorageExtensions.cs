using BuurtBot.Storage.Postgres;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BuurtBot.Storage;

public static class StorageExtensions
{
    /// <summary>The SQLite file next to the app when nothing is configured.</summary>
    public const string DefaultConnectionString = "Data Source=buurtbot.db";

    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .Validate(o => Enum.IsDefined(o.Provider) && o.SweepEvery > TimeSpan.Zero,
                "Storage:Provider must be Sqlite or Postgres, and Storage:SweepEvery positive.")
            .ValidateOnStart();

        // Both are registered and the provider is read when the first context is built, so hosts that add
        // configuration late (tests) are honoured. The rest of the app asks for BuurtBotDbContext only.
        builder.Services.AddDbContext<BuurtBotDbContext>((services, options) => options
            .UseSqlite(ConnectionString(services))
            .AddInterceptors(new SqlitePragmas()));
        builder.Services.AddDbContext<PostgresBuurtBotDbContext>((services, options) => options
            .UseNpgsql(PostgresConnectionString(services.GetRequiredService<IConfiguration>())));
        builder.Services.Replace(ServiceDescriptor.Scoped<BuurtBotDbContext>(services => ProviderOf(services) == StorageProvider.Postgres
            ? services.GetRequiredService<PostgresBuurtBotDbContext>()
            : new BuurtBotDbContext(services.GetRequiredService<DbContextOptions<BuurtBotDbContext>>())));

        builder.Services.AddHostedService<DatabaseMigrator>();
        builder.Services.AddDataProtection()
            .SetApplicationName("BuurtBot")
            .PersistKeysToDbContext<BuurtBotDbContext>();
        return builder;
    }

    public static StorageProvider ProviderOf(IServiceProvider services) =>
        services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider;

    private static string ConnectionString(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>().GetConnectionString("BuurtBot") ?? DefaultConnectionString;

    /// <summary>ConnectionStrings:BuurtBot, which must name a PostgreSQL server when the provider is Postgres.</summary>
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

        return configured;
    }
}
