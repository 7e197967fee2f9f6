using BuurtBot.Dialogs.Domain.Peilingen;
using BuurtBot.Peilingen;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Peilingen;

/// <summary>A peiling in the web chat over Direct Line: suggested actions, a typed answer, a tap later, and "geen peilingen".</summary>
public sealed class WebChatPeilingTests : IAsyncLifetime
{
    private readonly BuurtBotApp _app = new BuurtBotApp().WithPeilingen();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task AResidentTypesAnAnswerChangesItByTapAndStopsPeilingenWithGeenPeilingen()
    {
        var chat = await ResidentChat.WithConsentAsync(_app);
        await chat.ReadUntil("Wat wil je doen?");
        var conversation = await chat.ConversationAsync(_app);
        await _app.WithDbAsync(db => db.Conversations.Where(c => c.Id == conversation.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.PeilingenConsentUtc, DateTime.UtcNow).SetProperty(c => c.PeilingenAskedUtc, DateTime.UtcNow).SetProperty(c => c.Wijk, "Noordwest")));

        var now = DateTime.UtcNow;
        var peiling = await _app.StartPeilingAsync(
            new PeilingDraft(PeilingKind.Keuze, "Welke dag past voor de buurtschoonmaak?", ["Zaterdag", "Woensdagmiddag", "Maakt niet uit"],
                PeilingTarget.Wijk, "Noordwest", null, null, now, now.AddDays(5)), now);
        Assert.Equal(new PeilingOutcome(PeilingStep.Done, 1), await _app.SendPeilingAsync(peiling.Id));

        await chat.ExpectReply(contains: "wil graag weten wat jij vindt");
        var question = await chat.ExpectReply(contains: "Welke dag past voor de buurtschoonmaak?", buttons: ["Zaterdag", "Woensdagmiddag", "Maakt niet uit"]);
        var actions = question["suggestedActions"]!["actions"]!.AsArray();
        Assert.All(actions, a => Assert.Equal("messageBack", a!["type"]!.GetValue<string>()));

        await chat.Say("2");
        await chat.ExpectReply(contains: "Je antwoord is: Woensdagmiddag");
        await chat.ExpectReply(contains: "Wat wil je doen?");
        Assert.Equal(1, Assert.Single(await _app.AnswersAsync(peiling.Id)).OptionIndex);

        // Later, a tap on the old question's button still counts: the chat shows the option, the value says which.
        var zaterdag = actions[0]!;
        var posted = await chat.Client.PostRawAsync(new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "message",
            ["from"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "resident", ["role"] = "user" },
            ["text"] = zaterdag["text"]!.GetValue<string>(),
            ["value"] = zaterdag["value"]!.DeepClone(),
        }.ToJsonString());
        Assert.True(posted.IsSuccessStatusCode);
        await chat.ExpectReply(contains: "Het is nu: Zaterdag");
        await chat.ExpectReply(contains: "Wat wil je doen?");
        Assert.Equal(0, Assert.Single(await _app.AnswersAsync(peiling.Id)).OptionIndex);

        await chat.Say("geen peilingen");
        await chat.ExpectReply(contains: "je krijgt geen peilingen meer");
        await chat.ExpectReply(contains: "Wat wil je doen?");
        Assert.Null((await chat.ConversationAsync(_app)).PeilingenConsentUtc);

        var next = await _app.StartPeilingAsync(
            new PeilingDraft(PeilingKind.Keuze, "Nog een vraag?", ["Ja", "Nee"], PeilingTarget.Wijk, "Noordwest", null, null, now, now.AddDays(5)), now);
        Assert.Equal(new PeilingOutcome(PeilingStep.Done, 0), await _app.SendPeilingAsync(next.Id));
        Assert.Single(await _app.EventsAsync(conversation.Id));

        await chat.Say("wel peilingen");
        await chat.ExpectReply(contains: "Je krijgt af en toe een peiling");
        await chat.ExpectReply(contains: "Wat wil je doen?");
        Assert.NotNull((await chat.ConversationAsync(_app)).PeilingenConsentUtc);
    }
}
