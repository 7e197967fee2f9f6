using BuurtBot.Admin.Handoff;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Testing;

/// <summary>A web chat resident whose conversation is about a wijk, optionally waiting in the queue.</summary>
public sealed record Resident(DirectLineClient Chat, Guid ConversationId)
{
    public static async Task<Resident> StartAsync(HttpClient http, IServiceProvider services, string? wijk)
    {
        var chat = await DirectLineClient.StartAsync(http);
        await chat.ReceiveBotMessagesAsync();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        var id = await db.Conversations.Where(c => c.ChannelConversationId == chat.ConversationId).Select(c => c.Id).SingleAsync();
        // The journey will set the wijk from what the resident says; until then the test does.
        await db.Conversations.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Wijk, wijk));
        return new Resident(chat, id);
    }

    /// <summary>As the dialog's "mens" will: the resident asks for a person.</summary>
    public async Task RequestHumanAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<HandoffService>().RequestHumanAsync(ConversationId, "test"));
    }

    /// <summary>Waits (with a deadline) until every message of this conversation has had its turn.</summary>
    public async Task WaitUntilProcessedAsync(IServiceProvider services)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
            if (!await db.Inbox.AnyAsync(i => i.ConversationId == ConversationId && i.ProcessedUtc == null))
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The conversation's messages were not processed in time.");
    }
}
