using BuurtBot.Dialogs.Conversations.Welcome;
using BuurtBot.Dialogs.Messages;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BuurtBot.Turns;

public static class TurnsExtensions
{
    /// <summary>The pipeline every channel shares: inbox, turn processor, outbox sender.</summary>
    public static IHostApplicationBuilder AddTurns(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TurnsOptions>().BindConfiguration(TurnsOptions.Section)
            .Validate(o => o.Workers is > 0 and <= 256 && o.SendConcurrency > 0 && o.MaxTurnAttempts > 0,
                "Turns:Workers must be 1..256, Turns:SendConcurrency and Turns:MaxTurnAttempts at least 1.")
            .ValidateOnStart();
        builder.Services.AddSingleton<TurnQueue>();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<TranscriptNotifier>();
        builder.Services.AddSingleton<ChannelRegistry>();
        // One instance by default; AddInstances claims conversations in PostgreSQL when several share it.
        builder.Services.TryAddSingleton<IConversationClaims>(InProcessClaims.Instance);
        builder.Services.AddScoped<Inbox>();
        builder.Services.AddScoped<TurnRunner>();
        builder.Services.AddSingleton<TypingIndicator>();
        // The smallest bot, for a host without the resident conversations (AddConversations replaces it).
        builder.Services.TryAddSingleton<IConversationBot, WelcomeBot>();
        builder.Services.AddHostedService<TurnProcessor>();
        builder.Services.AddSingleton<SentReceipts>();
        builder.Services.AddSingleton<OutboxSender>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        return builder;
    }
}
