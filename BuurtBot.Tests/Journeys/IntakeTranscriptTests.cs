using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Journeys;

/// <summary>"Nieuw initiatief" in the web chat, through the real host and its SQLite file.</summary>
public sealed class IntakeTranscriptTests(ConversationApp app) : IClassFixture<ConversationApp>
{
    [Fact]
    public async Task AResidentWhoAgreesAndAnswersEveryQuestionHasTheirInitiatiefStoredAsIngediend()
    {
        var answers = new IntakeAnswers { Wijk = "Centrum", Buurt = "Havenstraatbuurt", Thema = "Spelen & bewegen", Title = "Bankje bij de zandbak" };
        var chat = await ResidentChat.OpenAsync(app);
        await chat.ExpectReply(contains: "Ik ben BuurtBot");
        await chat.ExpectReply(contains: "Vind je dat goed?", buttons: ["Ja, dat is goed", "Nee, liever niet"]);
        await chat.Tap("Ja, dat is goed");
        await chat.AnswerIntakeQuestions(answers);
        var summary = await chat.AgreeWederkerigheid(answers);
        await chat.Tap("Indienen");
        await chat.ExpectReply(contains: "Je initiatief 'Bankje bij de zandbak' is ingediend.");
        await chat.DeclinePublishing();
        // The first finished errand: peilingen are offered, once.
        await chat.ExpectReply(contains: "Mag ik je af en toe een korte vraag over je buurt sturen?");
        await chat.Tap("Ja");
        await chat.ExpectReply(contains: "Je krijgt af en toe een peiling");
        await chat.ExpectReply(contains: "Wat wil je doen?");

        Assert.Contains("Titel: Bankje bij de zandbak", summary, StringComparison.Ordinal);
        Assert.Contains("Buurt: Havenstraatbuurt", summary, StringComparison.Ordinal);
        Assert.Contains("Plek: Havenstraat 12", summary, StringComparison.Ordinal);
        Assert.Contains("De gemeente betaalt de kosten, of een deel ervan. (ongeveer € 2.500)", summary, StringComparison.Ordinal);
        var residentId = await chat.ResidentIdAsync(app);
        var stored = await app.QueryAsync(db => db.Initiatieven.AsNoTracking().SingleAsync(i => i.InitiatiefnemerId == residentId));
        Assert.Equal(InitiatiefStatus.Ingediend, stored.Status);
        Assert.Equal("Bankje bij de zandbak", stored.Title);
        Assert.Equal(answers.Description, stored.Description);
        Assert.Equal(answers.Doel, stored.Doel);
        Assert.Equal(Thema.SpelenEnBewegen, stored.Thema);
        Assert.Equal("Centrum", stored.WijkName);
        Assert.Equal("Havenstraatbuurt", stored.BuurtName);
        Assert.Equal(12, stored.NeighboursInSupport);
        Assert.Equal("Havenstraat 12", stored.Location?.Street);
        Assert.Equal(
            [
                new AfspraakDraft(DealSide.Bewoners, "Wij vragen de buren of ze het plan steunen."),
                new AfspraakDraft(DealSide.Gemeente, "De gemeente betaalt de kosten, of een deel ervan.", 2500m),
            ],
            stored.Voorstel);
        Assert.Equal(InitiatiefStatus.Ingediend, Assert.Single(stored.Timeline).To);
        var conversation = await chat.ConversationAsync(app);
        Assert.Equal("Centrum", conversation.Wijk);
        Assert.NotNull(conversation.ConsentUtc);
    }

    [Fact]
    public async Task AResidentWhoChangesTheTitleFromTheSummarySeesTheNewTitleAndSubmitsIt()
    {
        var answers = new IntakeAnswers { Wijk = "Noordoost", Buurt = null, Thema = "Groen", Title = "Geveltuintjes", Bewoners = ["Onderhoud"], Gemeente = ["Advies"] };
        var chat = await ResidentChat.WithConsentAsync(app);
        await chat.AnswerIntakeQuestions(answers);
        await chat.AgreeWederkerigheid(answers);

        await chat.Tap("Iets wijzigen");
        await chat.ExpectReply(contains: "Wat wil je wijzigen?");
        await chat.Tap("Titel");
        await chat.ExpectReply(contains: "korte titel");
        await chat.Say("Geveltuintjes in de Kerkstraat");
        var summary = await chat.ExpectReply(contains: "Dit is je initiatief:");
        await chat.ExpectReply(contains: "Klopt alles?");
        await chat.Tap("Indienen");
        await chat.ExpectReply(contains: "Je initiatief 'Geveltuintjes in de Kerkstraat' is ingediend.");
        await chat.DeclinePublishing();

        Assert.Contains("Titel: Geveltuintjes in de Kerkstraat", summary["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Idee: " + answers.Description, summary["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var residentId = await chat.ResidentIdAsync(app);
        var stored = await app.QueryAsync(db => db.Initiatieven.AsNoTracking().SingleAsync(i => i.InitiatiefnemerId == residentId));
        Assert.Equal("Geveltuintjes in de Kerkstraat", stored.Title);
        Assert.Equal(answers.Description, stored.Description);
    }

    [Fact]
    public async Task AResidentWhoTypesStopMidIntakeHasNothingStored()
    {
        var chat = await ResidentChat.WithConsentAsync(app);
        await chat.ExpectReply(contains: "Wat wil je doen?");
        await chat.Tap("Nieuw initiatief");
        await chat.ExpectReply(contains: "Leuk dat je een idee hebt");
        await chat.ExpectReply(contains: "In welke wijk is je idee?");
        await chat.Tap("Zuid");
        await chat.ExpectReply(contains: "Waar gaat je idee over?");
        await chat.Tap("Groen");
        await chat.ExpectReply(contains: "korte titel");
        await chat.Say("Boomspiegels beplanten");
        await chat.ExpectReply(contains: "Vertel wat je idee is");

        await chat.Say("stop");
        await chat.ExpectReply(contains: "ik stop");
        await chat.Say("hallo");
        await chat.ExpectReply(contains: "Wat wil je doen?");

        var residentId = await chat.ResidentIdAsync(app);
        Assert.False(await app.QueryAsync(db => db.Initiatieven.AnyAsync(i => i.InitiatiefnemerId == residentId)));
    }

    [Fact]
    public async Task AResidentWhoStopsAtTheSummaryIsToldTheIdeaWasNotSubmittedAndNothingIsStored()
    {
        var answers = new IntakeAnswers { Wijk = "Zuidoost", Buurt = null, Thema = "Jongeren", Title = "Pannakooi", Bewoners = ["Toezicht"], Gemeente = ["Advies"] };
        var chat = await ResidentChat.WithConsentAsync(app);
        await chat.AnswerIntakeQuestions(answers);
        await chat.AgreeWederkerigheid(answers);

        await chat.Tap("Niet indienen");
        await chat.ExpectReply(contains: "Je idee is niet ingediend.");
        // The first finished errand: peilingen are offered, once.
        await chat.ExpectReply(contains: "Mag ik je af en toe een korte vraag over je buurt sturen?");
        await chat.Tap("Nee");
        await chat.ExpectReply(contains: "je krijgt geen peilingen");
        await chat.ExpectReply(contains: "Wat wil je doen?");

        var residentId = await chat.ResidentIdAsync(app);
        Assert.False(await app.QueryAsync(db => db.Initiatieven.AnyAsync(i => i.InitiatiefnemerId == residentId)));
    }

    [Fact]
    public async Task ASecondResidentWithASimilarTitleInTheSameWijkCanJoinTheFirstAsMedeInitiatiefnemer()
    {
        var first = await ResidentChat.WithConsentAsync(app);
        await first.SubmitInitiatief(new IntakeAnswers { Wijk = "Oost", Buurt = "Villa Industria", Thema = "Ontmoeting", Title = "Buurtbankjes op het plein" });
        var second = await ResidentChat.WithConsentAsync(app);
        await second.AnswerIntakeQuestions(new IntakeAnswers { Wijk = "Oost", Buurt = "Villa Industria", Thema = "Groen", Title = "Bankje op het plein" });

        await second.ExpectReply(contains: "Er zijn al ideeën in je buurt die erop lijken:\n• Buurtbankjes op het plein (Ingediend)");
        await second.ExpectReply(contains: "Wil je meedoen", buttons: ["Ik doe mee: Buurtbankjes op het plein", "Nee, mijn eigen idee"]);
        await second.Tap("Ik doe mee: Buurtbankjes op het plein");
        await second.ExpectReply(contains: "Je doet nu mee met 'Buurtbankjes op het plein'");
        // The first finished errand: peilingen are offered, once.
        await second.ExpectReply(contains: "Mag ik je af en toe een korte vraag over je buurt sturen?");
        await second.Tap("Nee");
        await second.ExpectReply(contains: "je krijgt geen peilingen");
        await second.ExpectReply(contains: "Wat wil je doen?");

        var firstId = await first.ResidentIdAsync(app);
        var secondId = await second.ResidentIdAsync(app);
        var initiatieven = await app.QueryAsync(db => db.Initiatieven.AsNoTracking().Where(i => i.WijkName == "Oost").ToListAsync());
        var joined = Assert.Single(initiatieven);
        Assert.Equal(firstId, joined.InitiatiefnemerId);
        Assert.Equal([secondId], joined.MedeInitiatiefnemerIds);
    }

    [Fact]
    public async Task AResidentWhoAsksForAPersonMidIntakeIsPutInTheCoordinatorsQueue()
    {
        var chat = await ResidentChat.WithConsentAsync(app);
        await chat.ExpectReply(contains: "Wat wil je doen?");
        await chat.Tap("Nieuw initiatief");
        await chat.ExpectReply(contains: "Leuk dat je een idee hebt");
        await chat.ExpectReply(contains: "In welke wijk is je idee?");

        await chat.Say("ik wil een mens spreken");
        await chat.NextReply();

        Assert.Equal(ConversationOwner.Queue, (await chat.ConversationAsync(app)).Owner);
    }

    [Fact]
    public async Task APhotoWhereATitleWasAskedIsKeptWithTheChatAndTheTitleAskedAgain()
    {
        var chat = await ResidentChat.WithConsentAsync(app);
        await chat.ExpectReply(contains: "Wat wil je doen?");
        await chat.Tap("Nieuw initiatief");
        await chat.ExpectReply(contains: "Leuk dat je een idee hebt");
        await chat.ExpectReply(contains: "In welke wijk is je idee?");
        await chat.Tap("Hilversumse Meent");
        await chat.ExpectReply(contains: "Waar gaat je idee over?");
        await chat.Tap("Anders");
        await chat.ExpectReply(contains: "korte titel");

        await chat.SendPhoto();
        var reply = await chat.ExpectReply(contains: "Dank je voor je foto. Ik heb hem bij dit gesprek bewaard");
        Assert.Contains("korte titel", reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("Je titel is leeg", reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
        await chat.Say("Fotowedstrijd van de Meent");
        await chat.ExpectReply(contains: "Vertel wat je idee is");
    }

    [Fact]
    public async Task AWijkThatDoesNotExistIsAskedAgainWithTheWijkList()
    {
        var chat = await ResidentChat.WithConsentAsync(app);
        await chat.ExpectReply(contains: "Wat wil je doen?");
        await chat.Tap("Nieuw initiatief");
        await chat.ExpectReply(contains: "Leuk dat je een idee hebt");
        var wijken = await chat.ExpectReply(contains: "In welke wijk is je idee?");

        await chat.Say("Kortenhoef");

        var retry = await chat.ExpectReply(contains: "Die wijk ken ik niet.");
        Assert.Equal(DirectLineClient.ChoiceTitles(wijken), DirectLineClient.ChoiceTitles(retry));
        Assert.Equal(8, DirectLineClient.ChoiceTitles(retry).Count);
    }
}
