using BuurtBot.Dialogs.Domain.Areas;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Storage;

/// <summary>The initiatief aggregate (timeline, deal, JSON proposal, primitive collection) on SQLite and PostgreSQL.</summary>
public sealed class InitiatiefPersistenceTests
{
    public static TheoryData<StorageProvider> Providers => new() { StorageProvider.Sqlite, StorageProvider.Postgres };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AnInitiatiefWithTimelineAndDealComesBackFromTheDatabaseAsItWasSaved(StorageProvider provider)
    {
        using var app = await BuurtBotApp.OnAsync(provider);
        var start = new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
        var saved = DemoData.Build(AreaCatalogLoader.FromEmbeddedDefault(), start);
        app.CreateClient();
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
            db.Initiatieven.AddRange(saved);
            await db.SaveChangesAsync();
        }

        using var readScope = app.Services.CreateScope();
        var read = await readScope.ServiceProvider.GetRequiredService<BuurtBotDbContext>().Initiatieven.AsNoTracking().ToListAsync();

        Assert.Equal(saved.Count, read.Count);
        foreach (var original in saved)
        {
            var loaded = read.Single(i => i.Id == original.Id);
            Assert.Equal(original.Title, loaded.Title);
            Assert.Equal(original.Status, loaded.Status);
            Assert.Equal(original.Thema, loaded.Thema);
            Assert.Equal(original.WijkName, loaded.WijkName);
            Assert.Equal(original.Location, loaded.Location);
            Assert.Equal(original.Timeline.Select(t => (t.From, t.To, t.ActorId, t.At)), loaded.Timeline.OrderBy(t => t.At).ThenBy(t => t.Id).Select(t => (t.From, t.To, t.ActorId, t.At)));
            Assert.Equal(original.Deal?.Version, loaded.Deal?.Version);
            Assert.Equal(
                original.Deal?.Afspraken.Select(a => (a.Side, a.Description, a.Status)).OrderBy(a => a.Description),
                loaded.Deal?.Afspraken.Select(a => (a.Side, a.Description, a.Status)).OrderBy(a => a.Description));
            Assert.Equal(original.Deal?.IsClosed, loaded.Deal?.IsClosed);
            Assert.All(loaded.Timeline, t => Assert.Equal(DateTimeKind.Utc, t.At.Kind));
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AChangedAfspraakRaisesTheStoredDealVersion(StorageProvider provider)
    {
        using var app = await BuurtBotApp.OnAsync(provider);
        var now = new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
        var areas = AreaCatalogLoader.FromEmbeddedDefault();
        var initiatief = Initiatief.Submit(
            new InitiatiefDraft("Bankje bij de speeltuin", "Een bank bij de speeltuin.", BuurtBot.Dialogs.Domain.Thema.Ontmoeting, areas.FindWijk("Oost")!, null, InitiatiefLocation.AtStreet("Leeghwaterstraat"), "Ontmoeting in de straat", 8),
            "resident-1", now);
        initiatief.StartReview(Actor.Coordinator("coordinator-1"), now);
        initiatief.ProposeDeal(
            [new AfspraakDraft(DealSide.Bewoners, "Onderhoud van de bank"), new AfspraakDraft(DealSide.Gemeente, "Plaatsing van de bank", 650m)],
            Actor.Coordinator("coordinator-1"), now);
        app.CreateClient();
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
            db.Initiatieven.Add(initiatief);
            await db.SaveChangesAsync();
        }

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
            var loaded = await db.Initiatieven.SingleAsync();
            loaded.AcceptDeal(DealSide.Bewoners, 1, Actor.Resident("resident-1"), now);
            var bench = loaded.Deal!.AfsprakenOf(DealSide.Gemeente).Single();
            loaded.ChangeAfspraak(bench.Id, "Plaatsing van twee banken", 1300m, null, null, now);
            await db.SaveChangesAsync();
        }

        using var readScope = app.Services.CreateScope();
        var read = await readScope.ServiceProvider.GetRequiredService<BuurtBotDbContext>().Initiatieven.AsNoTracking().SingleAsync();
        Assert.Equal(2, read.Deal!.Version);
        Assert.False(read.Deal.IsAcceptedBy(DealSide.Bewoners));
        Assert.Equal(1300m, read.Deal.AfsprakenOf(DealSide.Gemeente).Single().AmountInEuros);
        Assert.Equal(InitiatiefStatus.Gesprek, read.Status);
    }
}
