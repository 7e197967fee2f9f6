using BuurtBot.Admin.Accounts;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Initiatieven;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Initiatieven;

/// <summary>The buurtdeal between the resident in the web chat and the coordinator's workflow, on the real host.</summary>
public sealed class DealAcceptanceTests(ConversationApp app) : IClassFixture<ConversationApp>
{
    [Fact]
    public async Task WhenTheResidentAndTheGemeenteAcceptTheSameVersionTheDealIsClosedAndTheResidentIsTold()
    {
        var (chat, id, coordinator) = await SubmittedAsync("Moestuin achter de flat", "Groen");
        await ProposeAsync(chat, id, coordinator);

        await chat.Tap("Akkoord");
        await chat.ExpectReply(contains: "Je hebt de buurtdeal geaccepteerd. De gemeente moet de buurtdeal nog bevestigen.");
        await chat.ExpectReply(contains: "Wat wil je doen?");
        Assert.Equal(InitiatiefStatus.Gesprek, (await StoredAsync(id)).Status);

        await app.WithAsync<InitiatiefWorkflow, Initiatief>(w => w.AcceptForGemeenteAsync(id, 1, coordinator, CancellationToken.None));
        await chat.ExpectReply(contains: "Nieuws over 'Moestuin achter de flat': de status is nu 'Buurtdeal gesloten'.");

        var closed = await StoredAsync(id);
        Assert.Equal(InitiatiefStatus.DealGesloten, closed.Status);
        Assert.True(closed.Deal!.IsClosed);
    }

    [Fact]
    public async Task AfterTheCoordinatorChangesAnAfspraakTheResidentSeesTheNewVersionAndMustAcceptItAgain()
    {
        var (chat, id, coordinator) = await SubmittedAsync("Bloembakken bij de school", "Ontmoeting");
        await ProposeAsync(chat, id, coordinator);
        await chat.Tap("Akkoord");
        await chat.ExpectReply(contains: "Je hebt de buurtdeal geaccepteerd.");
        await chat.ExpectReply(contains: "Wat wil je doen?");

        var geld = (await StoredAsync(id)).Deal!.AfsprakenOf(DealSide.Gemeente).Single();
        await app.WithAsync<InitiatiefWorkflow, Initiatief>(w =>
            w.ChangeAfspraakAsync(id, geld.Id, "De gemeente betaalt de helft.", 1250m, null, null, coordinator, CancellationToken.None));
        await app.WithAsync<InitiatiefWorkflow, Initiatief>(w => w.SendDealAsync(id, coordinator, CancellationToken.None));

        // One message with what changed since the version the resident saw, then the question.
        var changed = (await chat.ExpectReply(contains: "Dit is nu anders:"))["text"]!.GetValue<string>();
        Assert.Contains("Nieuw: Gemeente: De gemeente betaalt de helft. (ongeveer € 1.250)", changed, StringComparison.Ordinal);
        Assert.Contains("Niet meer: Gemeente: De gemeente betaalt de kosten, of een deel ervan. (ongeveer € 2.500)", changed, StringComparison.Ordinal);
        Assert.DoesNotContain("Wij vragen de buren", changed, StringComparison.Ordinal);
        await chat.ExpectReply(contains: "Ga je akkoord met deze buurtdeal?");

        await Assert.ThrowsAsync<StaleDealVersionException>(() =>
            app.WithAsync<InitiatiefWorkflow, Initiatief>(w => w.AcceptForGemeenteAsync(id, 1, coordinator, CancellationToken.None)));
        await app.WithAsync<InitiatiefWorkflow, Initiatief>(w => w.AcceptForGemeenteAsync(id, 2, coordinator, CancellationToken.None));
        var waiting = await StoredAsync(id);
        Assert.Equal(InitiatiefStatus.Gesprek, waiting.Status);
        Assert.False(waiting.Deal!.IsClosed);
        Assert.False(waiting.Deal.IsAcceptedBy(DealSide.Bewoners));

        await chat.Tap("Akkoord");
        await chat.ExpectReply(contains: "De buurtdeal is gesloten");

        var closed = await StoredAsync(id);
        Assert.Equal(InitiatiefStatus.DealGesloten, closed.Status);
        Assert.Equal(2, closed.Deal!.Version);
        Assert.All(closed.Deal.Acceptances.Where(a => a.Version == 2), a => Assert.Equal(2, a.Version));
        Assert.True(closed.Deal.IsAcceptedBy(DealSide.Bewoners) && closed.Deal.IsAcceptedBy(DealSide.Gemeente));
    }

    [Fact]
    public async Task IkWilIetsVeranderenPassesTheResidentsWishToTheCoordinator()
    {
        var (chat, id, coordinator) = await SubmittedAsync("Jeu de boules baan", "Spelen & bewegen");
        await ProposeAsync(chat, id, coordinator);

        await chat.Tap("Ik wil iets veranderen");
        await chat.ExpectReply(contains: "Wat wil je veranderen?");
        await chat.Say("Wij willen ook zelf de baan vegen.");
        await chat.ExpectReply(contains: "Ik geef het door aan de buurtcoördinator.");

        var residentId = await chat.ResidentIdAsync(app);
        var request = await app.QueryAsync(db => db.DealChangeRequests.AsNoTracking().SingleAsync(r => r.InitiatiefId == id));
        Assert.Equal(residentId, request.ResidentId);
        Assert.Equal("Wij willen ook zelf de baan vegen.", request.Text);
        Assert.False((await StoredAsync(id)).Deal!.IsAcceptedBy(DealSide.Bewoners));
    }

    /// <summary>A resident's submitted initiatief in Noordwest (each test its own thema, so none is offered another's) and a coordinator of that wijk.</summary>
    private async Task<(ResidentChat Chat, Guid Id, Coordinator Coordinator)> SubmittedAsync(string title, string thema)
    {
        var chat = await ResidentChat.WithConsentAsync(app);
        await chat.SubmitInitiatief(new IntakeAnswers { Wijk = "Noordwest", Buurt = "Trompenberg Zuid", Thema = thema, Title = title, Bewoners = ["Buren vragen"], Gemeente = ["Geld"] });
        await chat.ExpectReply(contains: "Wat wil je doen?");
        var residentId = await chat.ResidentIdAsync(app);
        var id = await app.QueryAsync(db => db.Initiatieven.Where(i => i.InitiatiefnemerId == residentId).Select(i => i.Id).SingleAsync());
        var coordinator = await AdminAccounts.CoordinatorAsync(app.Services, "Cor", "Noordwest");
        return (chat, id, coordinator);
    }

    /// <summary>The coordinator takes the initiatief in behandeling and proposes the resident's own voorstel as the deal.</summary>
    private async Task ProposeAsync(ResidentChat chat, Guid id, Coordinator coordinator)
    {
        await app.WithAsync<InitiatiefWorkflow, Initiatief>(w => w.MoveAsync(id, InitiatiefStatus.InBehandeling, coordinator, null, CancellationToken.None));
        await chat.ExpectReply(contains: "de status is nu 'In behandeling'");
        await chat.ExpectReply(contains: "Wat wil je doen?");

        await app.WithAsync<InitiatiefWorkflow, Initiatief>(w => w.ProposeDealAsync(id, null, coordinator, CancellationToken.None));
        var deal = (await chat.ExpectReply(contains: "De buurtcoördinator stelt deze buurtdeal voor"))["text"]!.GetValue<string>();
        Assert.Contains("Bewoners: Wij vragen de buren of ze het plan steunen.", deal, StringComparison.Ordinal);
        Assert.Contains("Gemeente: De gemeente betaalt de kosten, of een deel ervan. (ongeveer € 2.500)", deal, StringComparison.Ordinal);
        await chat.ExpectReply(contains: "Ga je akkoord met deze buurtdeal?", buttons: ["Akkoord", "Ik wil iets veranderen", "Later"]);
    }

    private Task<Initiatief> StoredAsync(Guid id) => app.QueryAsync(db => db.Initiatieven.AsNoTracking().SingleAsync(i => i.Id == id));
}
