using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace BuurtBot.Channels.Teams;

/// <summary>
/// The bot's own token for the Bot Connector: client credentials from Entra ID (MSAL), for the
/// botframework.com tenant (multi-tenant bot) or the configured tenant (single-tenant). MSAL's
/// in-memory cache keeps the token and fetches a new one shortly before it expires.
/// </summary>
public sealed class TeamsTokenProvider
{
    public const string HttpClientName = "BuurtBot.Teams.Token";
    private static readonly string[] MicrosoftHosts = ["login.microsoftonline.com", "login.microsoftonline.us", "login.partner.microsoftonline.cn"];

    private readonly TeamsOptions _options;
    private readonly Lazy<IConfidentialClientApplication> _app;
    private volatile bool _forceRefresh;

    public TeamsTokenProvider(IOptions<TeamsOptions> options, IHttpClientFactory httpClients)
    {
        _options = options.Value;
        _app = new Lazy<IConfidentialClientApplication>(() => Build(_options, httpClients));
    }

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        var forceRefresh = _forceRefresh;
        _forceRefresh = false;
        var result = await _app.Value.AcquireTokenForClient([_options.OAuthScope])
            .WithForceRefresh(forceRefresh)
            .ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }

    /// <summary>The connector refused our token (401): the next send asks for a new one instead of the cached one.</summary>
    public void Invalidate() => _forceRefresh = true;

    private static IConfidentialClientApplication Build(TeamsOptions options, IHttpClientFactory httpClients)
    {
        var tenant = string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId) ? "botframework.com" : options.MicrosoftAppTenantId.Trim();
        var authority = new Uri(new Uri(options.TokenAuthority.TrimEnd('/') + "/"), Uri.EscapeDataString(tenant));
        var builder = ConfidentialClientApplicationBuilder.Create(options.MicrosoftAppId)
            .WithClientSecret(options.MicrosoftAppPassword)
            .WithHttpClientFactory(new MsalHttpClientFactory(httpClients, HttpClientName));
        if (MicrosoftHosts.Contains(authority.Host, StringComparer.OrdinalIgnoreCase))
        {
            builder = builder.WithAuthority(authority.ToString());
        }
        else
        {
            // A sovereign or test authority: no instance discovery against the public cloud.
            builder = builder.WithAuthority(authority.ToString(), validateAuthority: false).WithInstanceDiscovery(false);
        }

        return builder.Build();
    }

    private sealed class MsalHttpClientFactory(IHttpClientFactory factory, string name) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => factory.CreateClient(name);
    }
}
