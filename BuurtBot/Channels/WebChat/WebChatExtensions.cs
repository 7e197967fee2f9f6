using BuurtBot.Turns;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace BuurtBot.Channels.WebChat;

public static class WebChatExtensions
{
    public static IHostApplicationBuilder AddWebChat(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<WebChatOptions>, WebChatOptionsValidator>();
        builder.Services.AddCors();
        builder.Services.AddOptions<CorsOptions>().Configure<IOptions<WebChatOptions>>((cors, webChat) => DirectLineCors.Configure(cors, webChat.Value));
        builder.Services.AddSingleton<DirectLineTokens>();
        builder.Services.AddSingleton<WebChatRateLimiter>();
        builder.Services.AddOptions<WebChatLimitsOptions>().BindConfiguration(WebChatOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<WebChatClientLimits>();
        builder.Services.AddSingleton<SharedClientRate>();
        builder.Services.AddHostedService<SharedClientRateCleanup>();
        builder.Services.AddSingleton<DirectLineStreamHub>();
        builder.Services.AddSingleton<IChannelSender, WebChatSender>();

        // The streamUrl carries the conversation token in its query (as Direct Line's does), and the
        // host's request lines print the query: they stay off, whatever the configuration says
        // for this category. Ties between filter rules go to the last one added, which is this one.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        return builder;
    }

    /// <summary>The chat page at <c>/</c> and the Direct Line API under <c>/v3/directline</c>, its stream included.</summary>
    public static RouteGroupBuilder MapWebChat(this WebApplication app)
    {
        app.UseStaticFiles();
        app.MapGet("/", ChatPage).AllowAnonymous().ExcludeFromDescription();

        // The admin's SignalR hub accepts WebSockets on its own branch only; the stream needs them here.
        app.UseWebSockets();

        // Only the Direct Line group carries a CORS policy (RequireCors), so nothing else is opened to other sites.
        app.UseCors();

        // After CORS, so a browser on another site can read a 429 and its Retry-After.
        var limits = app.Services.GetRequiredService<WebChatClientLimits>();
        app.Use(limits.InvokeAsync);
        app.MapGet("/chat/gebied.json", ChatArea.Get).ExcludeFromDescription();
        return app.MapDirectLine();
    }

    // Rendered, not a static file: its texts come from resources in the page's language. Not cached by
    // proxies for long, as the language switch changes it.
    private static RazorComponentResult<ChatPage> ChatPage(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-cache";
        return new RazorComponentResult<ChatPage>();
    }
}
