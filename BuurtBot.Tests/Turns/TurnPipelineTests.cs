using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Turns;

/// <summary>The inbox, turn and outbox guarantees, on SQLite and on PostgreSQL alike.</summary>
public sealed class TurnPipelineTests
{
    public static TheoryData<StorageProvider> Providers => new() { StorageProvider.Sqlite, StorageProvider.Postgres };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AMessageDeliveredTwiceIsStoredAndAnsweredOnce(StorageProvider provider)
    {
        var recorder = new TurnRecorder();
        using var app = (await BuurtBotApp.OnAsync(provider)).WithRecorder(recorder, "a");
        var envelope = PipelineHost.Envelope("chat-1", "message-1", "hallo");

        var first = await app.StoreAsync(envelope);
        var second = await app.StoreAsync(envelope);
        await app.WaitUntilIdleAsync();

        Assert.False(first.Duplicate);
        Assert.True(second.Duplicate);
        Assert.Equal(first.ConversationId, second.ConversationId);
        Assert.Equal(1, await app.QueryAsync(db => db.Inbox.CountAsync()));
        Assert.Single(recorder.Turns);
        Assert.Equal(["echo:hallo"], recorder.Sends.Select(s => s.Text));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TurnsOfOneConversationRunOneAtATimeInTheOrderTheyArrived(StorageProvider provider)
    {
        var recorder = new TurnRecorder();
        using var app = (await BuurtBotApp.OnAsync(provider)).WithRecorder(recorder, "a", thinkTime: TimeSpan.FromMilliseconds(2));

        await Task.WhenAll(Enumerable.Range(0, 6).Select(async chat =>
        {
            for (var m = 0; m < 8; m++)
            {
                await app.StoreAsync(PipelineHost.Envelope($"chat-{chat}", $"c{chat}-m{m}", $"c{chat}-m{m}"));
            }
        }));
        await app.WaitUntilIdleAsync();

        Assert.Equal(0, recorder.Overlaps);
        foreach (var conversation in recorder.Turns.GroupBy(t => t.ConversationId))
        {
            var chat = conversation.First().Text.Split('-')[0];
            Assert.Equal(Enumerable.Range(0, 8).Select(m => $"{chat}-m{m}"), conversation.Select(t => t.Text));
        }

        Assert.Equal(48, recorder.Turns.Count);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ASaveOnAStaleConversationVersionIsRefused(StorageProvider provider)
    {
        var recorder = new TurnRecorder();
        using var app = (await BuurtBotApp.OnAsync(provider)).WithRecorder(recorder, "a");
        var stored = await app.StoreAsync(PipelineHost.Envelope("chat-1", "message-1", "hallo"));
        await app.WaitUntilIdleAsync();

        await using var firstScope = app.Services.CreateAsyncScope();
        await using var secondScope = app.Services.CreateAsyncScope();
        var first = firstScope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        var second = secondScope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        var mine = await first.Conversations.SingleAsync(c => c.Id == stored.ConversationId);
        var theirs = await second.Conversations.SingleAsync(c => c.Id == stored.ConversationId);
        theirs.DialogState = "theirs";
        theirs.Version++;
        await second.SaveChangesAsync();
        mine.DialogState = "mine";
        mine.Version++;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync());
        Assert.Equal("theirs", await app.QueryAsync(db => db.Conversations.Where(c => c.Id == stored.ConversationId).Select(c => c.DialogState).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task RepliesLeaveInOrderPerConversationEvenWhenASendMustBeRetried(StorageProvider provider)
    {
        var recorder = new TurnRecorder();
        using var app = (await BuurtBotApp.OnAsync(provider))
            .WithRecorder(recorder, "a", retryFirst: delivery => delivery.Message.Text.EndsWith("m1", StringComparison.Ordinal));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(async chat =>
        {
            for (var m = 0; m < 4; m++)
            {
                await app.StoreAsync(PipelineHost.Envelope($"chat-{chat}", $"c{chat}-m{m}", $"c{chat}-m{m}"));
            }
        }));
        await app.WaitUntilIdleAsync();

        Assert.Equal(16, recorder.Sends.Count);
        foreach (var conversation in recorder.Sends.GroupBy(s => s.ConversationId))
        {
            var chat = conversation.First().Text.Split('-')[0][5..];
            Assert.Equal(Enumerable.Range(0, 4).Select(m => $"echo:{chat}-m{m}"), conversation.Select(s => s.Text));
            Assert.Equal(2, conversation.Single(s => s.Text.EndsWith("m1", StringComparison.Ordinal)).Attempt);
        }
    }
}
