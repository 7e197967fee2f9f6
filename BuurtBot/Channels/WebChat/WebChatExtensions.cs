using BuurtBot.Turns;

namespace BuurtBot.Channels.WebChat;

public static class WebChatExtensions
{
    public static IHostApplicationBuilder AddWebChat(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<DirectLineTokens>();
        builder.Services.AddSingleton<WebChatRateLimiter>();
        builder.Services.AddSingleton<IChannelSender, WebChatSender>();
        return builder;
    }

    /// <summary>The chat page at <c>/</c> and the Direct Line API under <c>/v3/directline</c>.</summary>
    public static RouteGroupBuilder MapWebChat(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        return app.MapDirectLine();
    }
}
