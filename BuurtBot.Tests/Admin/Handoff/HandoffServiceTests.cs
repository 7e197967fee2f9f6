using BuurtBot.Admin.Accounts;
using BuurtBot.Admin.Handoff;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using BuurtBot.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Admin.Handoff;

public sealed class HandoffServiceTests : IClassFixture<SharedBuurtBotApp>
{
    private readonly BuurtBotApp _app;

    public HandoffServiceTests(SharedBuurtBotApp app) => _app = app;

    private IServiceProvider Services => _app.Services;

    [Fact]
    public async Task TwoCoordinatorsTakingOverAtOnceExactlyOneWins()
    {
        var anna = await AdminAccounts.CoordinatorAsync(Services, "Anna", "Centrum");
        var bram = await AdminAccounts.CoordinatorAsync(Services, "Bram", "Centrum");
        for (var round = 0; round < 5; round++)
        {
            var resident = await Resident.StartAsync(_app.CreateClient(), Services, "Centrum");
            await resident.RequestHumanAsync(Services);

            var results = await Task.WhenAll(TakeOverAsync(resident.ConversationId, anna), TakeOverAsync(resident.ConversationId, bram));

            Assert.Single(results, r => r.Won);
            var loser = Assert.Single(results, r => !r.Won);
            var conversation = await ConversationAsync(resident.ConversationId);
            Assert.Equal(ConversationOwner.Coordinator, conversation.Owner);
            Assert.Equal(results[0].Won ? anna.Id : bram.Id, conversation.OwnerCoordinatorId);
            Assert.Equal(results[0].Won ? "Anna" : "Bram", loser.HeldBy);
            Assert.Null(conversation.QueuedUtc);
        }
    }

    [Fact]
    public async Task OnlyTheCoordinatorWhoHoldsTheChatCanSendAsCoordinator()
    {
        var anna = await AdminAccounts.CoordinatorAsync(Services, "Anna", "Oost");
        var bram = await AdminAccounts.CoordinatorAsync(Services, "Bram", "Oost");
        var resident = await Resident.StartAsync(_app.CreateClient(), Services, "Oost");
        await using var scope = Services.CreateAsyncScope();
        var handoff = scope.ServiceProvider.GetRequiredService<HandoffService>();

        Assert.False(await handoff.SendAsCoordinatorAsync(resident.ConversationId, anna, "te vroeg"));
        Assert.True((await handoff.TakeOverAsync(resident.ConversationId, anna)).Won);
        Assert.False(await handoff.SendAsCoordinatorAsync(resident.ConversationId, bram, "niet van mij"));
        Assert.True(await handoff.SendAsCoordinatorAsync(resident.ConversationId, anna, "Hallo!"));

        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        var line = await db.Transcript.Where(t => t.ConversationId == resident.ConversationId).OrderByDescending(t => t.Id).FirstAsync();
        Assert.Equal((TranscriptAuthor.Coordinator, "Anna", "Hallo!"), (line.Author, line.AuthorName, line.Text));
        var outbox = await db.Outbox.SingleAsync(o => o.TranscriptEntryId == line.Id);
        Assert.Equal(line.Payload, outbox.Payload);
    }

    [Fact]
    public async Task ACoordinatorOfAnotherWijkCannotTakeOver()
    {
        var bram = await AdminAccounts.CoordinatorAsync(Services, "Bram", "Oost");
        var resident = await Resident.StartAsync(_app.CreateClient(), Services, "Centrum");
        await using var scope = Services.CreateAsyncScope();

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            scope.ServiceProvider.GetRequiredService<HandoffService>().TakeOverAsync(resident.ConversationId, bram));
    }

    [Fact]
    public async Task HandingBackAtTheMenuStoresAHandedBackMessageForTheDialog()
    {
        var anna = await AdminAccounts.CoordinatorAsync(Services, "Anna", "Zuid");
        var resident = await Resident.StartAsync(_app.CreateClient(), Services, "Zuid");
        await using var scope = Services.CreateAsyncScope();
        var handoff = scope.ServiceProvider.GetRequiredService<HandoffService>();
        await handoff.TakeOverAsync(resident.ConversationId, anna);
        Assert.False(await handoff.IsBotAllowedToSpeakAsync(resident.ConversationId));

        Assert.True(await handoff.HandBackAsync(resident.ConversationId, anna, resumeAtMenu: true));

        Assert.True(await handoff.IsBotAllowedToSpeakAsync(resident.ConversationId));
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        var item = await db.Inbox.Where(i => i.ConversationId == resident.ConversationId).OrderByDescending(i => i.Id).FirstAsync();
        var message = MessageJson.ReadInbound(item.Payload);
        Assert.Equal((InboundKind.HandedBack, "menu"), (message.Kind, message.Value));
        // The bot takes its turn on it: the welcome bot answers with the menu.
        var replies = await resident.Chat.ReceiveBotMessagesAsync(3);
        Assert.Contains("Je praat nu met Anna", replies[0]["text"]!.GetValue<string>());
        Assert.Contains("menu", replies[1]["text"]!.GetValue<string>());
        Assert.NotEmpty(DirectLineClient.ChoiceTitles(replies[2]));
    }

    [Fact]
    public async Task AskingForAPersonTwiceQueuesOnceAndTellsTheResidentOnce()
    {
        var resident = await Resident.StartAsync(_app.CreateClient(), Services, null);
        await using var scope = Services.CreateAsyncScope();
        var handoff = scope.ServiceProvider.GetRequiredService<HandoffService>();

        Assert.True(await handoff.RequestHumanAsync(resident.ConversationId, "test"));
        Assert.False(await handoff.RequestHumanAsync(resident.ConversationId, "test"));

        var conversation = await ConversationAsync(resident.ConversationId);
        Assert.Equal(ConversationOwner.Queue, conversation.Owner);
        Assert.NotNull(conversation.QueuedUtc);
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        Assert.Equal(1, await db.Transcript.CountAsync(t => t.ConversationId == resident.ConversationId && t.Text.Contains("buurtcoördinator")));
    }

    private async Task<TakeOverResult> TakeOverAsync(Guid conversationId, Coordinator coordinator)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HandoffService>().TakeOverAsync(conversationId, coordinator);
    }

    private async Task<Conversation> ConversationAsync(Guid id)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>().Conversations.AsNoTracking().SingleAsync(c => c.Id == id);
    }
}
