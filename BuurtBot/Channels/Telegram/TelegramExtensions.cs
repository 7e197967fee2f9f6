using BuurtBot.Turns;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types.Enums;

namespace BuurtBot.Channels.Telegram;

public static class TelegramExtensions
{
    /// <summary>The only updates the bot asks for; Telegram drops the rest before sending.</summary>
    internal static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember, UpdateType.PollAnswer];

    /// <summary>
    /// The Telegram channel, only when <c>Telegram:BotToken</c> is configured: long polling, or a
    /// webhook when <c>Telegram:WebhookUrl</c> is set too.
    /// </summary>
    public static IHostApplicationBuilder AddTelegram(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();

        var options = builder.Configuration.GetSection(TelegramOptions.Section).Get<TelegramOptions>() ?? new TelegramOptions();
        if (!options.IsEnabled)
        {
            return builder;
        }

        builder.Services.AddSingleton<TelegramBotClientFactory>();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<TelegramBotClientFactory>().Create());
        builder.Services.AddSingleton<TelegramRateLimiter>();
        builder.Services.AddSingleton<IChannelSender, TelegramSender>();
        builder.Services.AddScoped<TelegramChoiceResolver>();
        builder.Services.AddScoped<TelegramReachability>();
        builder.Services.AddScoped<TelegramUpdateHandler>();
        builder.Services.AddScoped<TelegramPhotoDownloader>();
        if (options.UsesWebhook)
        {
            builder.Services.AddHostedService<TelegramWebhookRegistration>();
        }
        else
        {
            builder.Services.AddHostedService<TelegramPollingService>();
        }

        return builder;
    }

    /// <summary>The webhook at <c>/telegram/webhook</c>, mapped only when the channel runs as a webhook.</summary>
    public static RouteGroupBuilder MapTelegram(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<TelegramOptions>>().Value;
        return options.UsesWebhook ? app.MapTelegramWebhook() : app.MapGroup("/telegram");
    }
}
