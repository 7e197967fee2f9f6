using System.Data.Common;
using System.Text;
using System.Text.Json.Nodes;
using BuurtBot.Admin.Audit;
using BuurtBot.Admin.Handoff;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Domain.Monitoring;
using BuurtBot.Dialogs.Domain.Peilingen;
using BuurtBot.Dialogs.Domain.Steun;
using BuurtBot.Dialogs.Domain.Wijkagenda;
using BuurtBot.Inzicht.Onbegrepen;
using BuurtBot.Monitoring;
using BuurtBot.Privacy;
using BuurtBot.Reminders;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace BuurtBot.Tests.Privacy;

/// <summary>
/// The inventory that a new table cannot fool: a resident with data in every table that can hold
/// resident data asks "mijn gegevens" and then "vergeet mij"; before, every table where their
/// identifiers or words are found must be in <see cref="ResidentDataInventory"/> and the export
/// must hold every one of those words; after, a scan of every table and column of the database and
/// of the Quartz store finds none of them, and nothing is scheduled for their initiatieven.
/// </summary>
public sealed class ResidentInventoryTests
{
    private static readonly string[] TypedTexts =
    [
        "Zonnebloemtuin Qx1", "Bel Wilhelmina Qx2", "Doel Qx3", "Voorstel Qx4", "Zonnestraat Qx5", "Kasteeltuin Qx6", "Beschrijving Qx7",
        "Doel Qx8", "Verzoek Qx10", "Wijkagenda Qx11", "Checkin Qx13", "Foto Qx14", "Goed Qx15", "Beter Qx16", "Notitie Qx17", "Bericht Qx18",
        "Onbegrepen Qx19",
    ];

    [Fact]
    public async Task OnSqliteNoRowAnywhereHoldsTheResidentAfterVergeetMijAndTheExportHeldAllOfIt()
    {
        await using var app = Configure(new BuurtBotApp());
        await RunAsync(app, () => ScanSqliteAsync(app.DatabasePath).Concat(ScanSqliteAsync(SchedulerFile(app.DatabasePath))));
    }

    [Fact]
    public async Task OnPostgresNoRowAnywhereHoldsTheResidentAfterVergeetMijAndTheExportHeldAllOfIt()
    {
        await using var app = Configure(await BuurtBotApp.OnPostgresAsync("inventory"));
        await RunAsync(app, () => ScanPostgresAsync(app.ConnectionString));
    }

    [Fact]
    public async Task EveryTableIsInTheInventoryOrSaidToHoldNoResidentData()
    {
        await using var app = new BuurtBotApp();
        var tables = await app.QueryAsync(db => Task.FromResult(db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().ToList()));
        await using var connection = new SqliteConnection($"Data Source={app.DatabasePath}");
        await connection.OpenAsync();
        var inFile = await TableNamesAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        foreach (var table in tables.Concat(inFile).Distinct())
        {
            Assert.True(
                ResidentDataInventory.Tables.Contains(table) || ResidentDataInventory.WithoutResidentData.ContainsKey(table),
                $"Table {table} is neither in ResidentDataInventory (export, erase, register) nor in its WithoutResidentData list.");
        }
    }

    private static BuurtBotApp Configure(BuurtBotApp app)
    {
        app.Settings["Privacy:SweepEvery"] = "00:00:01";
        return app;
    }

    private static async Task RunAsync(BuurtBotApp app, Func<IAsyncEnumerable<Found>> scan)
    {
        var chat = await ResidentChat.WithConsentAsync(app);
        await chat.ExpectReply(contains: "Wat wil je doen?");
        await chat.Say("Bericht Qx18");
        await chat.ExpectReply(contains: "");
        var conversation = await chat.ConversationAsync(app);
        var seeded = await SeedAsync(app, conversation);
        string[] identifiers = [conversation.Id.ToString("D"), conversation.Id.ToString("N"), conversation.ChannelConversationId];

        // Before: every table that holds them is in the inventory, and the export has every word.
        var before = await ListAsync(scan());
        var holding = before.Where(f => identifiers.Concat(TypedTexts).Any(n => f.Value.Contains(n, StringComparison.OrdinalIgnoreCase)))
            .Select(f => f.Table).Distinct().ToList();
        foreach (var table in holding.Where(t => !t.StartsWith("qrtz_", StringComparison.OrdinalIgnoreCase)))
        {
            Assert.True(ResidentDataInventory.Tables.Contains(table), $"{table} holds the resident's data but is not in ResidentDataInventory");
        }

        Assert.Contains("CheckInRounds", holding);
        Assert.Contains("ConversationNotes", holding);
        var export = await ExportAsync(chat);
        foreach (var text in TypedTexts)
        {
            Assert.Contains(text, export, StringComparison.Ordinal);
        }

        Assert.Contains(conversation.ChannelConversationId, export, StringComparison.Ordinal);
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.NotNull(await scheduler.GetTrigger(MonitoringTriggers.CheckInKey(seeded.Kept)));

        await chat.Say("vergeet mij");
        await chat.ExpectReply(contains: "Weet je het zeker?");
        await chat.Tap("Ja");
        await chat.ExpectReply(contains: "Je gegevens zijn gewist.");
        await TelegramBotApp.EventuallyAsync(
            () => app.QueryAsync(db => db.Conversations.AllAsync(c => c.Id != conversation.Id)),
            "the erasure to be finished once the goodbye was delivered");

        // After: nothing anywhere, in any table or column, of the database or the scheduler's store.
        var after = await ListAsync(scan());
        foreach (var needle in identifiers.Concat(TypedTexts).Append(seeded.Removed.ToString("N")).Append(seeded.Removed.ToString("D")))
        {
            var left = after.FirstOrDefault(f => f.Value.Contains(needle, StringComparison.OrdinalIgnoreCase));
            Assert.True(left is null, $"'{needle}' is still in {left?.Table}.{left?.Column}: {left?.Value}");
        }

        Assert.Null(await scheduler.GetTrigger(MonitoringTriggers.CheckInKey(seeded.Kept)));
        var kept = await app.QueryAsync(db => db.Initiatieven.AsNoTracking().SingleAsync(i => i.Id == seeded.Kept));
        Assert.Equal("Openbare kasteeltuin", kept.Title);
        Assert.True(kept.HasApprovedPublicText);
        Assert.Equal(InitiatiefStatus.InUitvoering, kept.Status);
        Assert.Equal(1, await app.QueryAsync(db => db.Steun.CountAsync(s => s.InitiatiefId == seeded.Supported)));
    }

    private sealed record Seeded(Guid Removed, Guid Kept, Guid Supported);

    private sealed record Found(string Table, string Column, string Value);

    private static async Task<Seeded> SeedAsync(BuurtBotApp app, Conversation conversation)
    {
        var resident = conversation.Id.ToString("D");
        var now = DateTime.UtcNow.AddDays(-10);
        var coordinator = Actor.Coordinator("coordinator-inventory");
        var areas = BuurtBot.Dialogs.Domain.Areas.AreaCatalogLoader.FromEmbeddedDefault();
        var zuid = areas.FindWijk("Zuid")!;

        var open = Initiatief.Submit(new InitiatiefDraft("Zonnebloemtuin Qx1", "Bel Wilhelmina Qx2 op 06-55512345", Thema.Groen, zuid, null, InitiatiefLocation.AtStreet("Zonnestraat Qx5 3"), "Doel Qx3", 4), resident, now);
        open.ProposeWederkerigheid([new AfspraakDraft(DealSide.Bewoners, "Voorstel Qx4")], now);
        open.Publish(ShareCodes.New(), now);

        var closed = Initiatief.Submit(new InitiatiefDraft("Kasteeltuin Qx6", "Beschrijving Qx7", Thema.Groen, zuid, null, null, "Doel Qx8", 4), resident, now);
        closed.ProposeWederkerigheid([new AfspraakDraft(DealSide.Bewoners, "Voorstel Qx4 wij maaien"), new AfspraakDraft(DealSide.Gemeente, "De gemeente levert zaad", 50m)], now);
        closed.StartReview(coordinator, now);
        closed.ProposeDeal(closed.Voorstel, coordinator, now);
        closed.AcceptDeal(DealSide.Bewoners, 1, Actor.Resident(resident), now);
        closed.AcceptDeal(DealSide.Gemeente, 1, coordinator, now);
        closed.StartUitvoering(coordinator, now);
        closed.Publish(ShareCodes.New(), now);
        closed.ApprovePublicText("Openbare kasteeltuin", "Een tuin bij het kasteel.", "", new Dictionary<Guid, string> { [closed.Deal!.Afspraken[0].Id] = "Bewoners maaien." }, coordinator, now);

        var other = Initiatief.Submit(new InitiatiefDraft("Buurtbank van een ander", "Niet van hen", Thema.Ontmoeting, zuid, null, null, "Zitten", 2), "andere-bewoner", now);
        other.AddMedeInitiatiefnemer(resident, now);
        var supported = Initiatief.Submit(new InitiatiefDraft("Speelveld van een ander", "Ook niet van hen", Thema.SpelenEnBewegen, zuid, null, null, "Spelen", 2), "derde-bewoner", now);

        var peiling = Peiling.Create(new PeilingDraft(PeilingKind.Keuze, "Waar komt de bank?", ["Hier", "Daar"], PeilingTarget.Wijk, "Zuid", null, null, now, now.AddDays(30)), "coordinator-inventory", now);
        var afspraak = closed.Deal.Afspraken[0].Id;

        await app.QueryAsync(async db =>
        {
            db.Initiatieven.AddRange(open, closed, other, supported);
            db.Set<Peiling>().Add(peiling);
            await db.SaveChangesAsync();
            db.DealChangeRequests.Add(DealChangeRequest.Pass(closed.Id, resident, "Verzoek Qx10", now));
            db.Steun.Add(InitiatiefSteun.Give(supported, resident, now));
            db.Set<WijkagendaInput>().Add(WijkagendaInput.Answer(resident, "Zuid", 2026, [Thema.Groen], "Wijkagenda Qx11", now));
            db.Set<PeilingAnswer>().Add(peiling.Answer(resident, 1, now));
            db.Set<PeilingDelivery>().Add(peiling.DeliverTo(resident, now));
            db.Set<MonitoringEntry>().Add(MonitoringEntry.FromResident(closed.Id, afspraak, null, CheckInProgress.LooptGoed, "Checkin Qx13", "Foto Qx14", resident, now));
            db.Set<MonitoringEntry>().Add(MonitoringEntry.FromResident(open.Id, afspraak, null, CheckInProgress.LooptGoed, null, null, resident, now));
            db.Set<CheckInRound>().Add(CheckInRound.Send($"checkin:{closed.Deal.Id}:a", closed.Id, closed.Deal.Id, conversation.Id, now));
            db.Set<InitiatiefEvaluatie>().Add(InitiatiefEvaluatie.Submit(closed.Id, 4, "Goed Qx15", "Beter Qx16", true, resident, now));
            db.Set<OnbegrepenAntwoord>().Add(new OnbegrepenAntwoord { ConversationId = conversation.Id, Where = "main.menu", Locale = "nl-NL", Text = "Onbegrepen Qx19", AtUtc = now });
            db.ConversationNotes.Add(new ConversationNote { ConversationId = conversation.Id, AuthorId = "c1", AuthorName = "Cora", Text = "Notitie Qx17", CreatedUtc = now });
            db.Set<CoordinatorTask>().Add(new CoordinatorTask { Key = $"queue:{conversation.Id:N}", Kind = CoordinatorTaskKind.GeenReactie, ConversationId = conversation.Id, InitiatiefId = closed.Id, WijkName = "Zuid", CreatedUtc = now });
            db.AuditLog.Add(new AuditEntry { TimestampUtc = now, ActorId = "c1", Actor = "Cora", Action = AuditActions.TookOver, ConversationId = conversation.Id, Detail = $"task queue:{conversation.Id:N} {resident}" });
            db.Set<MonitoringPlan>().Add(MonitoringPlan.Start(closed.Id, closed.Deal.Id, "Zuid", new MonitoringSchedule(now, now.AddDays(30), now.AddDays(180)), now));
            return await db.SaveChangesAsync();
        });

        // What the scheduler holds for their initiatieven: a check-in, an evaluation, a deferred check-in.
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var plan = await app.QueryAsync(db => db.Set<MonitoringPlan>().AsNoTracking().SingleAsync(p => p.InitiatiefId == closed.Id));
        await scheduler.ScheduleJob(MonitoringTriggers.CheckIn(plan, TimeSpan.FromDays(28), TimeSpan.FromMinutes(1)));
        await scheduler.ScheduleJob(MonitoringTriggers.Evaluatie(closed.Id, DateTimeOffset.UtcNow.AddDays(100), TimeSpan.FromMinutes(1)));
        await scheduler.ScheduleJob(MonitoringTriggers.DeferredCheckIn(open.Id, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(2), TimeSpan.FromMinutes(1)));
        return new Seeded(open.Id, closed.Id, supported.Id);
    }

    private static async Task<string> ExportAsync(ResidentChat chat)
    {
        await chat.Say("privacy");
        await chat.ReadUntil("Wat wil je weten of doen?"); // past whatever the bot said to the free text
        await chat.Tap("Mijn gegevens");
        var export = await chat.ExpectReply(contains: "Hier zijn al je gegevens");
        await chat.ExpectReply(contains: "Wat wil je weten of doen?");
        await chat.Tap("Terug naar het menu");
        await chat.ExpectReply(contains: "Wat wil je doen?");
        var url = export["attachments"]!.AsArray().Single()!["contentUrl"]!.GetValue<string>();
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(url[(url.IndexOf(',', StringComparison.Ordinal) + 1)..]));
        var parsed = JsonNode.Parse(json)!.AsObject();
        Assert.Contains(parsed, p => p.Key.Equals("samenvatting", StringComparison.OrdinalIgnoreCase));
        return json;
    }

    private static string SchedulerFile(string databasePath) =>
        Path.ChangeExtension(databasePath, null) + "-scheduler" + Path.GetExtension(databasePath);

    private static async IAsyncEnumerable<Found> ScanSqliteAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        foreach (var table in await TableNamesAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.IsDBNull(i) ? "" : reader.GetValue(i) is byte[] bytes ? Encoding.UTF8.GetString(bytes) : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "";
                    yield return new Found(table, reader.GetName(i), value);
                }
            }
        }
    }

    private static async IAsyncEnumerable<Found> ScanPostgresAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var table in await TableNamesAsync(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"))
        {
            // Every column of every row as one text (bytea as its bytes, so Quartz's job data is read too).
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.IsDBNull(i) ? "" : reader.GetValue(i) is byte[] bytes ? Encoding.UTF8.GetString(bytes) : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "";
                    yield return new Found(table, reader.GetName(i), value);
                }
            }
        }
    }

    private static async Task<List<string>> TableNamesAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static async Task<List<Found>> ListAsync(IAsyncEnumerable<Found> found)
    {
        var list = new List<Found>();
        await foreach (var f in found)
        {
            list.Add(f);
        }

        return list;
    }
}
