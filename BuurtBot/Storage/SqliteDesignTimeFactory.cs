using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BuurtBot.Storage;

/// <summary>
/// Lets <c>dotnet ef migrations add X --context BuurtBotDbContext --output-dir Storage/Migrations</c>
/// build the SQLite context. Without it the tools resolve that name through the PostgreSQL
/// context's factory (it derives from this one) and write a PostgreSQL migration into the SQLite set.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<BuurtBotDbContext>
{
    public BuurtBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<BuurtBotDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
