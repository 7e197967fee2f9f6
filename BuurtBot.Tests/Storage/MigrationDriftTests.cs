using BuurtBot.Storage;
using BuurtBot.Storage.Postgres;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Storage;

/// <summary>
/// Each provider's migrations describe the whole model: a model change without its migration fails
/// here by name (a host would refuse to start on it too, with EF Core's PendingModelChangesWarning).
/// The contexts come from the design-time factories <c>dotnet ef migrations add</c> uses; comparing the
/// model with the snapshot needs no database.
/// </summary>
public sealed class MigrationDriftTests
{
    private const string HowToFix = "add a migration to both sets with the commands in the README (\"Adding a migration\").";

    [Fact]
    public void TheSqliteMigrationsDescribeTheWholeModel()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.True(db.Database.IsSqlite());
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes the SQLite migrations lack: " + HowToFix);
    }

    [Fact]
    public void ThePostgresMigrationsDescribeTheWholeModel()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.True(db.Database.IsNpgsql());
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes the PostgreSQL migrations lack: " + HowToFix);
    }
}
