using BuurtBot.Dialogs.Messages;
using BuurtBot.Storage;
using BuurtBot.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BuurtBot.Tests.Testing;

/// <summary>Helpers to drive the turn pipeline of a host directly: the recording bot, a recording channel, the inbox.</summary>
public static class PipelineHost
{
    /// <summary>The channel the pipeline tests talk on; with <c>webchat</c> the recording sender stands in for the web chat's.</summary>
    public const string Channel = "recorded";

    public static BuurtBotApp WithRecorder(this BuurtBotApp app, TurnRecorder recorder, string instance, string channel = Channel,
        TimeSpan thinkTime = default, Func<OutboxDelivery, bool>? retryFirst = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.ConfigureServices = services =>
        {
            services.AddSingleton<IConversationBot>(new RecordingBot(recorder, instance, thinkTime));
            services.RemoveAll<IChannelSender>();
            services.AddSingleton<IChannelSender>(new RecordingSender(recorder, channel, instance, retryFirst));
        };
        return app;
    }

    public static InboundEnvelope Envelope(string chat, string messageId, string text, string channel = Channel) =>
        new(channel, chat, messageId, InboundMessage.FromText(text));

    public static async Task<InboxResult> StoreAsync(this BuurtBotApp app, InboundEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Inbox>().StoreAsync(envelope, CancellationToken.None);
    }

    /// <summary>Waits until every inbox row is processed and every reply sent.</summary>
    public static async Task WaitUntilIdleAsync(this BuurtBotApp app, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (await app.QueryAsync(async db =>
            await db.Inbox.AnyAsync(i => i.ProcessedUtc == null) || await db.Outbox.AnyAsync(o => o.Status == OutboxStatus.Pending)))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The pipeline did not finish in time.");
            }

            await Task.Delay(50);
        }
    }
}
