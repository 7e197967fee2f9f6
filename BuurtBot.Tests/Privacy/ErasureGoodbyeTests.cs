using BuurtBot.Privacy;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Privacy;

/// <summary>
/// "Vergeet mij" in the web chat: the client fetches its replies, so the goodbye stands in the
/// transcript until the page asks for it. The erasure is finished only after that, or the resident's
/// page would get "no such conversation" instead of "Je gegevens zijn gewist".
/// </summary>
public sealed class ErasureGoodbyeTests
{
    [Fact]
    public async Task TheWebChatGoodbyeIsReadBeforeTheErasureTakesTheConversationAway()
    {
        await using var app = new BuurtBotApp();
        var chat = await ResidentChat.WithConsentAsync(app);
        await chat.ExpectReply(contains: "Wat wil je doen?");
        var conversationId = (await chat.ConversationAsync(app)).Id;
        await chat.Say("vergeet mij");
        await chat.ExpectReply(contains: "Weet je het zeker?");

        // The resident taps "Ja" and their page is slow to ask for what came back.
        await chat.Tap("Ja");
        await TelegramBotApp.EventuallyAsync(
            () => app.QueryAsync(db => db.Conversations.AnyAsync(c => c.Id == conversationId && c.ErasedUtc != null)),
            "the erasure to have run");
        Assert.Equal(0, await SweepAsync(app));
        Assert.True(await app.QueryAsync(db => db.Conversations.AnyAsync(c => c.Id == conversationId)), "the conversation went before its goodbye was read");

        await chat.ExpectReply(contains: "Je gegevens zijn gewist.");
        await TelegramBotApp.EventuallyAsync(
            async () => await SweepAsync(app) >= 0 && !await app.QueryAsync(db => db.Conversations.AnyAsync(c => c.Id == conversationId)),
            "the erasure to be finished once the page read the goodbye");
    }

    private static async Task<int> SweepAsync(BuurtBotApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ErasureSweeper>().SweepAsync(CancellationToken.None);
    }
}
