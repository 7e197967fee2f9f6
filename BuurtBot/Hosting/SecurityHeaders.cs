using BuurtBot.Channels.WebChat;
using Microsoft.Extensions.Options;

namespace BuurtBot.Hosting;

/// <summary>
/// Headers every response carries: no sniffing, no referrer, and a content policy that
/// allows only our own scripts and styles, so injected markup cannot run.
/// </summary>
internal static class SecurityHeaders
{
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        var frameAncestors = app.Services.GetRequiredService<IOptions<WebChatOptions>>().Value.FrameAncestors;
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy =
                $"default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors {frameAncestors}";
            await next(context);
        });
        return app;
    }
}
