using BuurtBot.Tests.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Journeys;

/// <summary>A host restart mid-intake: the same database file, the same Direct Line token, the same question.</summary>
public sealed class IntakeResumeTests : IDisposable
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"buurtbot-resume-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }

    [Fact]
    public async Task AfterARestartTheNextAnswerIsTakenAtTheSameQuestion()
    {
        var answers = new IntakeAnswers { Wijk = "Centrum", Buurt = null, Thema = "Groen", Title = "Bomen in de Kerkstraat" };
        ResidentChat before;
        await using (var first = new BuurtBotApp(_databasePath))
        {
            before = await ResidentChat.WithConsentAsync(first);
            await before.ExpectReply(contains: "Wat wil je doen?");
            await before.Tap("Nieuw initiatief");
            await before.ExpectReply(contains: "Leuk dat je een idee hebt");
            await before.ExpectReply(contains: "In welke wijk is je idee?");
            await before.Tap("Centrum");
            await before.ExpectReply(contains: "En in welke buurt?");
            await before.Tap("Weet ik niet / andere buurt");
            await before.ExpectReply(contains: "Waar gaat je idee over?");
            await before.Tap("Groen");
            await before.ExpectReply(contains: "korte titel");
            await before.Say(answers.Title);
            await before.ExpectReply(contains: "Vertel wat je idee is");
        }

        await using var second = new BuurtBotApp(_databasePath);
        var chat = ResidentChat.Reconnect(before, second);
        await chat.Say(answers.Description);
        await chat.ExpectReply(contains: "Wat wil je ermee bereiken?");
        await chat.Say(answers.Doel);
        await chat.ExpectReply(contains: "Hoeveel buren doen mee?");
        await chat.Say(answers.Neighbours);
        await chat.ExpectReply(contains: "Waar precies?");
        await chat.Tap("Overslaan");
        await chat.ExpectReply(contains: "Heb je een foto van de plek?");
        await chat.Tap("Overslaan");
        var summary = await chat.AgreeWederkerigheid(answers with { Bewoners = ["Onderhoud"], Gemeente = ["Advies"] });
        await chat.Tap("Indienen");
        await chat.ExpectReply(contains: "Je initiatief 'Bomen in de Kerkstraat' is ingediend.");
        await chat.DeclinePublishing();

        Assert.Contains("Titel: Bomen in de Kerkstraat", summary, StringComparison.Ordinal);
        var residentId = await chat.ResidentIdAsync(second);
        var stored = await second.QueryAsync(db => db.Initiatieven.AsNoTracking().SingleAsync(i => i.InitiatiefnemerId == residentId));
        Assert.Equal(("Bomen in de Kerkstraat", answers.Description, (string?)null), (stored.Title, stored.Description, stored.BuurtName));
    }
}
