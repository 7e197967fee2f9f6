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
                $"default-src 'self'; {ImageSources}; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors {frameAncestors}";
            await next(context);
        });
        return app;
    }

    private const string ImageSources = "img-src 'self' data:";

    /// <summary>
    /// Lets one response load images from <paramref name="source"/> too (the map's tile server),
    /// leaving the rest of the policy as it is: scripts and styles stay our own.
    /// </summary>
    public static void AllowImagesFrom(HttpContext context, string source)
    {
        var policy = context.Response.Headers.ContentSecurityPolicy.ToString();
        context.Response.Headers.ContentSecurityPolicy = policy.Replace(ImageSources, $"{ImageSources} {source}", StringComparison.Ordinal);
    }
}
