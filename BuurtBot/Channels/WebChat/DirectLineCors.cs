using Microsoft.AspNetCore.Cors.Infrastructure;

namespace BuurtBot.Channels.WebChat;

/// <summary>
/// Which other sites' pages may call Direct Line: only the configured <see cref="WebChatOptions.AllowedOrigins"/>,
/// with exactly the headers Microsoft Web Chat and directlinejs send. No cookies: the token is the credential,
/// so credentials stay off and an unlisted origin gets no CORS header at all (the browser then blocks it).
/// </summary>
internal static class DirectLineCors
{
    public const string Policy = "DirectLine";

    /// <summary>
    /// The headers directlinejs sends: its bearer token, the JSON body, its client's name and version, and
    /// <c>X-Requested-With</c>, which the rxjs 5 ajax under it adds to every request it does not know is cross-domain.
    /// </summary>
    public static readonly string[] AllowedHeaders = ["Authorization", "Content-Type", "x-ms-bot-agent", "X-Requested-With"];

    public static void Configure(CorsOptions cors, WebChatOptions options)
    {
        cors.AddPolicy(Policy, policy => policy
            .WithOrigins([.. options.AllowedOrigins.Select(Normalize)])
            .WithHeaders(AllowedHeaders)
            .WithMethods("GET", "POST")
            // A client told to slow down must be able to read how long.
            .WithExposedHeaders("Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10)));
    }

    /// <summary>An origin as browsers send it: no trailing slash.</summary>
    public static string Normalize(string origin) => origin.Trim().TrimEnd('/');
}
