using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Storage;

/// <summary>On PostgreSQL a statement the host runs again and again is parsed and planned once per connection.</summary>
public sealed class PostgresPreparedStatementsTests
{
    [Fact]
    public async Task AStatementRunAgainAndAgainIsPreparedOnTheServer()
    {
        using var app = await BuurtBotApp.OnPostgresAsync("prepare");
        Assert.True(await PreparedAfterRepeatsAsync(app) >= 1);
    }

    [Fact]
    public async Task AConnectionStringThatTurnsItOffIsHonoured()
    {
        var database = await PostgresServer.CreateDatabaseAsync("noprepare");
        using var app = new BuurtBotApp { PostgresConnectionString = database + ";Max Auto Prepare=0", OwnsPostgresDatabase = true };
        Assert.Equal(0L, await PreparedAfterRepeatsAsync(app));
    }

    /// <summary>Runs one query ten times on one connection; how many statements that connection has prepared.</summary>
    private static async Task<long> PreparedAfterRepeatsAsync(BuurtBotApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        await db.Database.OpenConnectionAsync();
        for (var i = 0; i < 10; i++)
        {
            _ = await db.Conversations.AsNoTracking().CountAsync(c => c.Channel == "webchat");
        }

        // pg_prepared_statements is per session: this connection's own.
        return await db.Database
            .SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM pg_prepared_statements WHERE statement LIKE '%Conversations%'")
            .SingleAsync();
    }
}
