using System.Net;
using BuurtBot.Tests.Testing;

namespace BuurtBot.Tests.Hosting;

public sealed class HealthTests : IDisposable
{
    private readonly BuurtBotApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task LiveAndReadyAnswerHealthyOnAFreshDatabase()
    {
        var http = _app.CreateClient();

        var live = await http.GetAsync("/health/live");
        var ready = await http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheChatPageIsServedAtTheRootWithAStrictContentPolicy()
    {
        var http = _app.CreateClient();

        var page = await http.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<label for=\"message\">", await page.Content.ReadAsStringAsync());
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task TheDatabaseIsCreatedByMigrationsInWalMode()
    {
        await _app.CreateClient().GetAsync("/health/ready");

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(_app.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode; ";
        var mode = (string?)await command.ExecuteScalarAsync();
        command.CommandText = "SELECT COUNT(*) FROM __EFMigrationsHistory";
        var migrations = (long)(await command.ExecuteScalarAsync())!;

        Assert.Equal("wal", mode);
        Assert.True(migrations >= 1);
    }
}
