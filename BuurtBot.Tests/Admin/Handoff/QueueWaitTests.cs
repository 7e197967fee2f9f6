using BuurtBot.Storage;
using BuurtBot.Tests.Testing;

namespace BuurtBot.Tests.Admin.Handoff;

/// <summary>
/// A resident waiting in the coordinators' queue, in the web chat on the real host: they can still see
/// their initiatieven or stop waiting, are told what happens, and no tap goes unanswered.
/// </summary>
public sealed class QueueWaitTests(ConversationApp app) : IClassFixture<ConversationApp>
{
    private static readonly string[] WaitButtons = ["Mijn initiatieven", "Niet meer wachten"];

    [Fact]
    public async Task AWaitingResidentSeesTheirInitiatievenAndIsToldTheyStillWait()
    {
        var chat = await ResidentChat.WithConsentAsync(app);
        await chat.SubmitInitiatief(new IntakeAnswers { Wijk = "Zuid", Buurt = null, Title = "Moestuin bij de school" });
        await chat.ExpectReply(contains: "Wat wil je doen?");
        await chat.Tap("Praat met een buurtcoördinator");
        await chat.ExpectReply(contains: "Ik heb je vraag doorgegeven aan een buurtcoördinator.", buttons: WaitButtons);

        await chat.Tap("Mijn initiatieven");

        await chat.ExpectReply(contains: "Dit zijn jouw initiatieven:\n• Moestuin bij de school — Ingediend. Volgende stap: We hebben je initiatief ontvangen.");
        await chat.ExpectReply(contains: "Je wacht nog op een buurtcoördinator.", buttons: WaitButtons);
        Assert.Equal(ConversationOwner.Queue, (await chat.ConversationAsync(app)).Owner);
    }

    [Fact]
    public async Task AnOldMenuButtonOrAMessageWhileWaitingIsAnsweredWithWhatHappensNow()
    {
        var chat = await ResidentChat.WithConsentAsync(app);
        await chat.ExpectReply(contains: "Wat wil je doen?");
        await chat.Tap("Praat met een buurtcoördinator");
        await chat.ExpectReply(contains: "Ik heb je vraag doorgegeven", buttons: WaitButtons);

        // What Web Chat sends for the menu's 'Nieuw initiatief' button, still on the screen above.
        await chat.Say("Nieuw initiatief");
        await chat.ExpectReply(contains: "Je wacht op een buurtcoördinator. Die leest je berichten en antwoordt hier.", buttons: WaitButtons);
        await chat.Say("hallo, is daar iemand?");
        await chat.ExpectReply(contains: "Wil je niet meer wachten? Tik dan op 'Niet meer wachten'.", buttons: WaitButtons);

        Assert.Equal(ConversationOwner.Queue, (await chat.ConversationAsync(app)).Owner);
    }

    [Fact]
    public async Task AResidentWhoStopsWaitingMidIntakeGoesOnAtTheOpenQuestion()
    {
        var chat = await ResidentChat.WithConsentAsync(app);
        await chat.ExpectReply(contains: "Wat wil je doen?");
        await chat.Tap("Nieuw initiatief");
        await chat.ExpectReply(contains: "Leuk dat je een idee hebt");
        await chat.ExpectReply(contains: "In welke wijk is je idee?");
        await chat.Say("kan ik iemand spreken?");
        await chat.ExpectReply(contains: "Ik heb je vraag doorgegeven", buttons: WaitButtons);

        await chat.Tap("Niet meer wachten");

        await chat.ExpectReply(contains: "Goed, je wacht niet meer op een buurtcoördinator. We gaan verder waar we waren.");
        await chat.ExpectReply(contains: "In welke wijk is je idee?");
        await chat.Tap("Hilversumse Meent");
        await chat.ExpectReply(contains: "Waar gaat je idee over?");
        var conversation = await chat.ConversationAsync(app);
        Assert.Equal(ConversationOwner.Bot, conversation.Owner);
        Assert.Null(conversation.QueuedUtc);
    }

    [Fact]
    public async Task StopTypedWhileWaitingLeavesTheQueueAtTheMenu()
    {
        var chat = await ResidentChat.WithConsentAsync(app);
        await chat.ExpectReply(contains: "Wat wil je doen?");
        await chat.Tap("Praat met een buurtcoördinator");
        await chat.ExpectReply(contains: "Ik heb je vraag doorgegeven", buttons: WaitButtons);

        await chat.Say("laat maar, hoeft niet meer");

        await chat.ExpectReply(contains: "Goed, je wacht niet meer op een buurtcoördinator.");
        await chat.ExpectReply(contains: "Wat wil je doen?");
        Assert.Equal(ConversationOwner.Bot, (await chat.ConversationAsync(app)).Owner);
    }
}
