using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Wijkagenda;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using BuurtBot.Wijkagenda;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Wijkagenda;

/// <summary>"Wat vind jij belangrijk in je buurt?" from the menu, stored per resident per year, and the intake telling how an idea fits.</summary>
public sealed class WijkagendaDialogTests : IAsyncLifetime
{
    private readonly BuurtBotApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task AResidentChoosesThreeThemesAndASentenceAndALaterAnswerWithNoThemeReplacesIt()
    {
        var chat = await ResidentChat.WithConsentAsync(_app);
        await chat.ExpectReply(contains: "Wat wil je doen?");
        await chat.Tap("Wat vind ik belangrijk?");
        await chat.ExpectReply(contains: "wijkagenda");
        await chat.ExpectReply(contains: "In welke wijk woon je?");
        await chat.Tap("Oost");
        await chat.ExpectReply(contains: "Kies een onderwerp");
        Assert.Equal(10, chat.Buttons.Count);
        Assert.Equal("Klaar", chat.Buttons[^1]);
        await chat.Tap("Groen");
        await chat.ExpectReply(contains: "Gekozen: Groen.");
        Assert.DoesNotContain("Groen", chat.Buttons);
        await chat.Tap("Spelen & bewegen");
        await chat.ExpectReply(contains: "Gekozen: Groen, Spelen & bewegen.");
        await chat.Tap("Verkeer & mobiliteit");

        // Three is the most: the sentence comes next without asking for a fourth.
        await chat.ExpectReply(contains: "Schrijf één zin (hoogstens 200 tekens)");
        await chat.Say(new string('a', 150) + " " + new string('b', 60));
        await chat.ExpectReply(contains: "Je zin is 211 tekens. Dat is te lang.");
        await chat.Say("!!!");
        await chat.ExpectReply(contains: "Schrijf een korte zin, met woorden.");
        await chat.Say("Meer bomen en veilig oversteken bij de school.");
        await chat.ExpectReply(contains: "voor de wijkagenda van Oost bewaard");
        await chat.DeclinePeilingen();
        await chat.ExpectReply(contains: "Wat wil je doen?");

        var residentId = await chat.ResidentIdAsync(_app);
        var first = await _app.QueryAsync(db => db.Set<WijkagendaInput>().AsNoTracking().SingleAsync());
        Assert.Equal((residentId, "Oost", "Meer bomen en veilig oversteken bij de school."), (first.ResidentId, first.Wijk, first.Sentence));
        Assert.Equal([Thema.Groen, Thema.SpelenEnBewegen, Thema.VerkeerEnMobiliteit], first.ThemaList);

        await chat.Tap("Wat vind ik belangrijk?");
        await chat.ExpectReply(contains: "wijkagenda");
        await chat.ExpectReply(contains: "In welke wijk woon je?");
        await chat.Tap("Oost");
        await chat.ExpectReply(contains: "Kies een onderwerp");
        await chat.Tap("Klaar");
        await chat.ExpectReply(contains: "Je hebt geen onderwerp gekozen.");
        await chat.ExpectReply(contains: "Schrijf één zin");
        await chat.Say("Een bankje bij de bushalte.");
        await chat.ExpectReply(contains: "bewaard");
        await chat.ExpectReply(contains: "Wat wil je doen?");

        var replaced = await _app.QueryAsync(db => db.Set<WijkagendaInput>().AsNoTracking().SingleAsync());
        Assert.Equal((first.Id, "Een bankje bij de bushalte."), (replaced.Id, replaced.Sentence));
        Assert.Empty(replaced.ThemaList);
    }

    [Fact]
    public async Task TheIntakeSaysHowTheIdeaFitsTheWijkagendaAndNothingWhereThereIsNone()
    {
        await SeedAnswersAsync("Oost", [Thema.Groen], [Thema.Groen, Thema.Jongeren], [Thema.Jongeren], [Thema.Groen]);

        var chat = await ResidentChat.WithConsentAsync(_app);
        await chat.ExpectReply(contains: "Wat wil je doen?");
        await chat.Tap("Nieuw initiatief");
        await chat.ExpectReply(contains: "Leuk dat je een idee hebt");
        await chat.ExpectReply(contains: "In welke wijk is je idee?");
        await chat.Tap("Oost");
        await chat.ExpectReply(contains: "En in welke buurt?");
        await chat.Tap(chat.Buttons[0]);
        await chat.ExpectReply(contains: "Waar gaat je idee over?");
        await chat.Tap("Groen");
        await chat.ExpectReply(contains: "Je idee past bij de wijkagenda: Groen staat in Oost op plaats 1. 3 bewoners vinden het belangrijk.");
        await chat.ExpectReply(contains: "korte titel");

        // Centrum has no wijkagenda yet: the intake goes straight on (AnswerIntakeQuestions reads every reply in order).
        var other = await ResidentChat.WithConsentAsync(_app);
        await other.AnswerIntakeQuestions(new IntakeAnswers { Wijk = "Centrum", Thema = "Groen" });
    }

    [Fact]
    public async Task TheIntakeNamesThePublishedAgendasDoelstellingForTheThemaEvenBeforeResidentsAnswered()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
            var now = DateTime.UtcNow;
            var agenda = WijkagendaVersion.Draft("Oost", BuurtBot.Scheduling.AmsterdamTime.ToLocal(DateTimeOffset.UtcNow).Year, 1,
                [new Doelstelling(Thema.Groen, "Elke straat een geveltuin.")], "seed", now);
            agenda.Approve("seed", now);
            agenda.Publish(now);
            db.Add(agenda);
            await db.SaveChangesAsync();
        }

        var chat = await ResidentChat.WithConsentAsync(_app);
        await chat.ExpectReply(contains: "Wat wil je doen?");
        await chat.Tap("Nieuw initiatief");
        await chat.ExpectReply(contains: "Leuk dat je een idee hebt");
        await chat.ExpectReply(contains: "In welke wijk is je idee?");
        await chat.Tap("Oost");
        await chat.ExpectReply(contains: "En in welke buurt?");
        await chat.Tap(chat.Buttons[0]);
        await chat.ExpectReply(contains: "Waar gaat je idee over?");
        await chat.Tap("Groen");
        await chat.ExpectReply(contains: "Groen staat in de wijkagenda van Oost. Het doel: Elke straat een geveltuin.");
        await chat.ExpectReply(contains: "korte titel");
    }

    [Fact]
    public void TheSummaryHoldsNoSentencesAndNoIds()
    {
        var properties = typeof(WijkagendaWijk).GetProperties().Select(p => p.Name)
            .Concat(typeof(WijkagendaThema).GetProperties().Select(p => p.Name)).ToList();

        Assert.Equal(["Wijk", "Year", "Residents", "Themas", "Thema", "Rank", "Residents"], properties);
    }

    [Fact]
    public async Task TheSummaryCountsResidentsAndThemesPerWijkWithSharedRanks()
    {
        await SeedAnswersAsync("Oost", [Thema.Groen], [Thema.Groen, Thema.Jongeren], [Thema.Jongeren], []);
        await SeedAnswersAsync("Zuid", [Thema.Ontmoeting]);

        var year = BuurtBot.Scheduling.AmsterdamTime.ToLocal(DateTimeOffset.UtcNow).Year;
        var wijken = await _app.WithAsync<WijkagendaSummary, IReadOnlyList<WijkagendaWijk>>(s => s.ForYearAsync(year, CancellationToken.None));

        var oost = Assert.Single(wijken, w => w.Wijk == "Oost");
        Assert.Equal(4, oost.Residents);
        Assert.Equal([(Thema.Groen, 1, 2), (Thema.Jongeren, 1, 2)], oost.Themas.Select(t => (t.Thema, t.Rank, t.Residents)));
        Assert.Equal(1, Assert.Single(wijken, w => w.Wijk == "Zuid").Residents);
    }

    private async Task SeedAnswersAsync(string wijk, params Thema[][] answers)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        var year = BuurtBot.Scheduling.AmsterdamTime.ToLocal(DateTimeOffset.UtcNow).Year;
        foreach (var themas in answers)
        {
            db.Set<WijkagendaInput>().Add(WijkagendaInput.Answer(Guid.NewGuid().ToString("D"), wijk, year, themas, "Meer groen.", DateTime.UtcNow));
        }

        await db.SaveChangesAsync();
    }
}
