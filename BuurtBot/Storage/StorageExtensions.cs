using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Storage;

public static class StorageExtensions
{
    /// <summary>The SQLite file next to the app when nothing is configured.</summary>
    public const string DefaultConnectionString = "Data Source=buurtbot.db";

    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        // Read when the first context is built, so hosts that add configuration late (tests) are honoured.
        builder.Services.AddDbContext<BuurtBotDbContext>((services, options) => options
            .UseSqlite(services.GetRequiredService<IConfiguration>().GetConnectionString("BuurtBot") ?? DefaultConnectionString)
            .AddInterceptors(new SqlitePragmas()));
        builder.Services.AddHostedService<DatabaseMigrator>();
        builder.Services.AddDataProtection()
            .SetApplicationName("BuurtBot")
            .PersistKeysToDbContext<BuurtBotDbContext>();
        return builder;
    }
}
