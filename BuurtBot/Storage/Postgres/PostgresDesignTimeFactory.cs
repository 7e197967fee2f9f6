using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BuurtBot.Storage.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add X --context PostgresBuurtBotDbContext --output-dir Storage/Migrations/Postgres</c>
/// build the context without a server: adding a migration only compares the model with the snapshot.
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresBuurtBotDbContext>
{
    public PostgresBuurtBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresBuurtBotDbContext>()
            .UseNpgsql(Environment.GetEnvironmentVariable("ConnectionStrings__BuurtBot") is { Length: > 0 } configured && configured.Contains("Host=", StringComparison.OrdinalIgnoreCase)
                ? configured
                : "Host=localhost;Database=buurtbot")
            .Options);
}
