using BuurtBot.Dialogs.Messages;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using BuurtBot.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Storage;

/// <summary>
/// What the inbox stores inside someone's transaction (a notice saved with its audit entry) wakes the
/// turn processor when that transaction commits: woken earlier, it finds nothing and sleeps, and on
/// SQLite (no sweep) the resident heard nothing until they wrote again.
/// </summary>
public sealed class AfterCommitTests
{
    [Fact]
    public async Task AMessageStoredInsideATransactionIsAnsweredOnceItCommits()
    {
        await using var app = new BuurtBotApp();
        var chat = await ResidentChat.WithConsentAsync(app);
        await chat.ExpectReply(contains: "Wat wil je doen?");
        var conversation = await chat.ConversationAsync(app);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
            var inbox = scope.ServiceProvider.GetRequiredService<Inbox>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await inbox.StoreAsync(new InboundEnvelope("webchat", conversation.ChannelConversationId, "in-a-transaction", InboundMessage.FromText("menu")), CancellationToken.None);

            // Long enough for a processor woken now to look, find nothing yet, and go back to sleep.
            await Task.Delay(TimeSpan.FromSeconds(1));
            await transaction.CommitAsync();
        }

        await chat.ExpectReply(contains: "Wat wil je doen?");
    }
}
