namespace BuurtBot.Channels.Teams;

/// <summary>
/// The Teams channel (Bot Framework protocol). The app id, password and tenant come from the
/// environment (<c>Teams__MicrosoftAppId</c>, ...); the rest has public-cloud defaults.
/// </summary>
public sealed class TeamsOptions
{
    public const string Section = "Teams";

    /// <summary>The bot's Microsoft app id (the Azure app registration's client id). Without it every request is refused, unless <see cref="AllowUnauthenticated"/>.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The app registration's client secret, used to get the token for replies. Required with an app id.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>Set for a single-tenant bot; empty means multi-tenant (tokens from the botframework.com tenant).</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Only for local testing without an app id (Bot Framework Emulator): requests are not authenticated and replies carry no token.</summary>
    public bool AllowUnauthenticated { get; set; }

    /// <summary>Where the Bot Framework publishes the keys that sign its requests to bots.</summary>
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The issuer of the Bot Framework's tokens (<c>https://api.botframework.us</c> in US government clouds).</summary>
    public string TokenIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>The Entra ID instance that issues the bot's own token; the tenant is appended.</summary>
    public string TokenAuthority { get; set; } = "https://login.microsoftonline.com";

    /// <summary>What the bot's token is for: the Bot Connector service.</summary>
    public string OAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>
    /// Hosts the bot's token may always be sent to. A serviceUrl from an authenticated request is trusted
    /// as well; anything else gets no token. Defaults: Teams in the public cloud, GCC, GCC High and DoD.
    /// </summary>
    public string[] ServiceUrlAllowlist { get; set; } =
    [
        "smba.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
        "smba.infra.dod.teams.microsoft.us",
    ];

    /// <summary>Largest activity body accepted, in bytes (Teams activities carry entities and channel data).</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>The language of replies when the conversation has none (Dutch first).</summary>
    public string DefaultLocale { get; set; } = "nl-NL";

    /// <summary>How soon an unknown signing key may make us fetch the keys again (protects the metadata endpoint from forged kids).</summary>
    public TimeSpan KeyRefreshCooldown { get; set; } = TimeSpan.FromMinutes(5);

    public bool HasAppId => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>What is wrong with these settings, if anything, in words that say how to fix it.</summary>
    public IEnumerable<string> Problems()
    {
        if (HasAppId && string.IsNullOrWhiteSpace(MicrosoftAppPassword))
        {
            yield return "Teams:MicrosoftAppId is set but Teams:MicrosoftAppPassword is not; set Teams__MicrosoftAppPassword in the environment.";
        }

        if (!HasAppId && !string.IsNullOrWhiteSpace(MicrosoftAppPassword))
        {
            yield return "Teams:MicrosoftAppPassword is set without Teams:MicrosoftAppId; set both or neither.";
        }

        foreach (var (key, value) in new[] { ("OpenIdMetadataUrl", OpenIdMetadataUrl), ("TokenIssuer", TokenIssuer), ("TokenAuthority", TokenAuthority) })
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && !ServiceUrlPolicy.IsLoopbackHttp(uri)))
            {
                yield return $"Teams:{key} must be an absolute https URL (http only on loopback), not '{value}'.";
            }
        }

        if (MaxRequestBytes is < 1024 or > 4 * 1024 * 1024)
        {
            yield return "Teams:MaxRequestBytes must be between 1024 and 4194304.";
        }
    }
}
