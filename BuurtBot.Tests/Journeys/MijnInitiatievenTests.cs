using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Journeys;

/// <summary>"Mijn initiatieven" in the web chat, on the real host.</summary>
public sealed class MijnInitiatievenTests(ConversationApp app) : IClassFixture<ConversationApp>
{
    [Fact]
    public async Task AResidentSeesTheirInitiatiefWithItsStatusAndNextStepAndCanWithdrawIt()
    {
        var chat = await ResidentChat.WithConsentAsync(app);
        await chat.SubmitInitiatief(new IntakeAnswers { Title = "Speeltoestel voor peuters" });
        await chat.ExpectReply(contains: "Wat wil je doen?");

        await chat.Tap("Mijn initiatieven");
        await chat.ExpectReply(contains: "Dit zijn jouw initiatieven:\n1. Speeltoestel voor peuters — Ingediend");
        await chat.ExpectReply(contains: "Over welk initiatief", buttons: ["Speeltoestel voor peuters", "Terug naar het menu"]);
        await chat.Tap("Speeltoestel voor peuters");
        await chat.ExpectReply(contains: "Status: Ingediend\nVolgende stap: We hebben je initiatief ontvangen.");
        await chat.ExpectReply(contains: "Wat wil je doen?", buttons: ["Openbaar maken", "Intrekken", "Terug naar het menu"]);
        await chat.Tap("Intrekken");
        await chat.ExpectReply(contains: "Weet je zeker dat je 'Speeltoestel voor peuters' wilt intrekken?");
        await chat.Tap("Ja");
        await chat.ExpectReply(contains: "Je hebt 'Speeltoestel voor peuters' ingetrokken.");
        await chat.ExpectReply(contains: "Wat wil je doen?");

        var residentId = await chat.ResidentIdAsync(app);
        var withdrawn = await app.QueryAsync(db => db.Initiatieven.AsNoTracking().SingleAsync(i => i.InitiatiefnemerId == residentId));
        Assert.Equal(InitiatiefStatus.Ingetrokken, withdrawn.Status);
        var last = withdrawn.Timeline.OrderBy(t => t.At).Last();
        Assert.Equal((InitiatiefStatus.Ingediend, InitiatiefStatus.Ingetrokken), (last.From, last.To));
        Assert.Equal(ActorKind.Resident, last.ActorKind);
    }

    [Fact]
    public async Task AResidentWhoSaysNoKeepsTheirInitiatief()
    {
        var chat = await ResidentChat.WithConsentAsync(app);
        await chat.SubmitInitiatief(new IntakeAnswers { Wijk = "Zuid", Buurt = null, Title = "Klimrek in het park" });
        await chat.ExpectReply(contains: "Wat wil je doen?");
        await chat.Tap("Mijn initiatieven");
        await chat.ExpectReply(contains: "Dit zijn jouw initiatieven:");
        await chat.ExpectReply(contains: "Over welk initiatief");
        await chat.Tap("Klimrek in het park");
        await chat.ExpectReply(contains: "Status: Ingediend");
        await chat.ExpectReply(contains: "Wat wil je doen?");
        await chat.Tap("Intrekken");
        await chat.ExpectReply(contains: "wilt intrekken?");

        await chat.Tap("Nee");
        await chat.ExpectReply(contains: "Goed, je initiatief blijft staan.");

        var residentId = await chat.ResidentIdAsync(app);
        Assert.Equal(InitiatiefStatus.Ingediend, await app.QueryAsync(db => db.Initiatieven.Where(i => i.InitiatiefnemerId == residentId).Select(i => i.Status).SingleAsync()));
    }

    [Fact]
    public async Task AResidentWithoutInitiatievenIsToldSo()
    {
        var chat = await ResidentChat.WithConsentAsync(app);
        await chat.ExpectReply(contains: "Wat wil je doen?");

        await chat.Tap("Mijn initiatieven");

        await chat.ExpectReply(contains: "Je hebt nog geen initiatieven.");
        await chat.DeclinePeilingen();
        await chat.ExpectReply(contains: "Wat wil je doen?");
    }
}
