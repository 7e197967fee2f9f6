using BuurtBot.Admin.Accounts;
using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Storage;
using BuurtBot.Storage.Transfer;
using BuurtBot.Tests.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Storage;

/// <summary>Moving data with <c>data export</c> and <c>data import</c>: from SQLite to PostgreSQL, and into a fresh SQLite file.</summary>
public sealed class DataTransferTests
{
    [Fact]
    public async Task DataExportedFromSqliteImportsIntoPostgresAndTheBotCarriesOn()
    {
        var file = Path.Combine(Path.GetTempPath(), $"buurtbot-export-{Guid.NewGuid():N}.json");
        var recorder = new TurnRecorder();
        try
        {
            using var sqlite = new BuurtBotApp().WithRecorder(recorder, "sqlite");
            for (var chat = 0; chat < 3; chat++)
            {
                await sqlite.StoreAsync(PipelineHost.Envelope($"chat-{chat}", $"c{chat}-m0", $"hallo {chat}"));
            }

            await sqlite.WaitUntilIdleAsync();
            var initiatieven = DemoData.Build(AreaCatalogLoader.FromEmbeddedDefault(), new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc));
            await using (var scope = sqlite.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
                db.Initiatieven.AddRange(initiatieven);
                await db.SaveChangesAsync();
            }

            Assert.Equal(0, await AdminCommandRunner.RunAsync(sqlite.Services, ["admin", "create", "beheer@hilversum.example"], TextWriter.Null));
            var exportOutput = new StringWriter();
            Assert.Equal(0, await DataCommandRunner.RunAsync(sqlite.Services, ["data", "export", file], exportOutput));

            using var postgres = (await BuurtBotApp.OnPostgresAsync("transfer")).WithRecorder(recorder, "postgres");
            var importOutput = new StringWriter();
            Assert.Equal(0, await DataCommandRunner.RunAsync(postgres.Services, ["data", "import", file], importOutput));

            Assert.Equal(await Counts(sqlite), await Counts(postgres));
            var before = await sqlite.QueryAsync(db => db.Conversations.OrderBy(c => c.Id).ToListAsync());
            var after = await postgres.QueryAsync(db => db.Conversations.OrderBy(c => c.Id).ToListAsync());
            // PostgreSQL keeps times to the microsecond; SQLite's text kept the 100 ns ticks.
            Assert.Equal(before.Select(c => (c.Id, c.ChannelConversationId, c.DialogState, c.Version, c.CreatedUtc.Ticks / 10)),
                after.Select(c => (c.Id, c.ChannelConversationId, c.DialogState, c.Version, c.CreatedUtc.Ticks / 10)));
            var imported = await postgres.QueryAsync(db => db.Initiatieven.AsNoTracking().ToListAsync());
            foreach (var original in initiatieven)
            {
                var loaded = imported.Single(i => i.Id == original.Id);
                Assert.Equal((original.Title, original.Status, original.WijkName, original.Location), (loaded.Title, loaded.Status, loaded.WijkName, loaded.Location));
                Assert.Equal(original.Timeline.Count, loaded.Timeline.Count);
                Assert.Equal(original.MedeInitiatiefnemerIds, loaded.MedeInitiatiefnemerIds);
                Assert.Equal(original.Deal?.Afspraken.Sum(a => a.AmountInEuros ?? 0), loaded.Deal?.Afspraken.Sum(a => a.AmountInEuros ?? 0));
            }

            await using (var scope = postgres.Services.CreateAsyncScope())
            {
                var users = scope.ServiceProvider.GetRequiredService<UserManager<CoordinatorAccount>>();
                Assert.NotNull(await users.FindByEmailAsync("beheer@hilversum.example"));
            }

            // The identity sequences continue after the imported rows: new messages are stored and answered.
            await postgres.StoreAsync(PipelineHost.Envelope("chat-0", "c0-m1", "verder"));
            await postgres.WaitUntilIdleAsync();
            Assert.Contains(recorder.Sends, s => s.Text == "echo:verder" && s.Instance == "postgres");

            var again = new StringWriter();
            Assert.Equal(1, await DataCommandRunner.RunAsync(postgres.Services, ["data", "import", file], again));
            Assert.Contains("empty database", again.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>How a developer's SQLite data crosses a squash of the migrations: export, a new file, import.</summary>
    [Fact]
    public async Task DataExportedFromSqliteImportsIntoAFreshSqliteDatabaseAndTheBotCarriesOn()
    {
        var file = Path.Combine(Path.GetTempPath(), $"buurtbot-export-{Guid.NewGuid():N}.json");
        var recorder = new TurnRecorder();
        try
        {
            using var old = new BuurtBotApp().WithRecorder(recorder, "old");
            await old.StoreAsync(PipelineHost.Envelope("chat-0", "c0-m0", "hallo"));
            await old.WaitUntilIdleAsync();
            var initiatieven = DemoData.Build(AreaCatalogLoader.FromEmbeddedDefault(), new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc));
            await using (var scope = old.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
                db.Initiatieven.AddRange(initiatieven);
                await db.SaveChangesAsync();
            }

            Assert.Equal(0, await AdminCommandRunner.RunAsync(old.Services, ["admin", "create", "beheer@hilversum.example"], TextWriter.Null));
            Assert.Equal(0, await DataCommandRunner.RunAsync(old.Services, ["data", "export", file], TextWriter.Null));

            using var fresh = new BuurtBotApp().WithRecorder(recorder, "fresh");
            var importOutput = new StringWriter();
            Assert.Equal(0, await DataCommandRunner.RunAsync(fresh.Services, ["data", "import", file], importOutput));

            Assert.Equal(await Counts(old), await Counts(fresh));
            var before = await old.QueryAsync(db => db.Conversations.OrderBy(c => c.Id).ToListAsync());
            var after = await fresh.QueryAsync(db => db.Conversations.OrderBy(c => c.Id).ToListAsync());
            Assert.Equal(before.Select(c => (c.Id, c.ChannelConversationId, c.DialogState, c.Version, c.CreatedUtc)),
                after.Select(c => (c.Id, c.ChannelConversationId, c.DialogState, c.Version, c.CreatedUtc)));
            var imported = await fresh.QueryAsync(db => db.Initiatieven.AsNoTracking().ToListAsync());
            Assert.Equal(initiatieven.Select(i => (i.Id, i.Title, i.Status, i.Timeline.Count)).OrderBy(i => i.Id),
                imported.Select(i => (i.Id, i.Title, i.Status, i.Timeline.Count)).OrderBy(i => i.Id));
            await using (var scope = fresh.Services.CreateAsyncScope())
            {
                var users = scope.ServiceProvider.GetRequiredService<UserManager<CoordinatorAccount>>();
                Assert.NotNull(await users.FindByEmailAsync("beheer@hilversum.example"));
            }

            await fresh.StoreAsync(PipelineHost.Envelope("chat-0", "c0-m1", "verder"));
            await fresh.WaitUntilIdleAsync();
            Assert.Contains(recorder.Sends, s => s.Text == "echo:verder" && s.Instance == "fresh");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task DataWithoutAFileExplainsItsUsage()
    {
        using var app = new BuurtBotApp();
        var output = new StringWriter();

        Assert.Equal(2, await DataCommandRunner.RunAsync(app.Services, ["data", "export"], output));
        Assert.Contains("data export <file.json>", output.ToString(), StringComparison.Ordinal);
    }

    private static Task<string> Counts(BuurtBotApp app) => app.QueryAsync(async db => string.Join(", ",
        $"conversations {await db.Conversations.CountAsync()}", $"inbox {await db.Inbox.CountAsync()}", $"outbox {await db.Outbox.CountAsync()}",
        $"transcript {await db.Transcript.CountAsync()}", $"initiatieven {await db.Initiatieven.CountAsync()}", $"users {await db.Users.CountAsync()}",
        $"roles {await db.UserRoles.CountAsync()}", $"keys {await db.DataProtectionKeys.CountAsync()}"));
}
