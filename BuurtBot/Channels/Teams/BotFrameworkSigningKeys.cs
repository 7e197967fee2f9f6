using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace BuurtBot.Channels.Teams;

/// <summary>A key the Bot Framework signs with, and the channels it vouches for (its endorsements).</summary>
public sealed record BotFrameworkSigningKey(SecurityKey Key, IReadOnlyList<string> Endorsements);

/// <summary>
/// The Bot Framework's signing keys from its OpenID metadata, cached for a day and fetched again
/// when a token names a key we do not know (keys rotate), but not more often than the cooldown,
/// so tokens with made-up key ids cannot make us hammer the metadata endpoint.
/// </summary>
public sealed partial class BotFrameworkSigningKeys(
    IHttpClientFactory httpClients,
    IOptions<TeamsOptions> options,
    TimeProvider time,
    ILogger<BotFrameworkSigningKeys> logger) : IDisposable
{
    public const string HttpClientName = "BuurtBot.Teams.Metadata";
    private static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);

    private readonly SemaphoreSlim _lock = new(1, 1);
    private IReadOnlyDictionary<string, BotFrameworkSigningKey> _keys = new Dictionary<string, BotFrameworkSigningKey>();
    private DateTimeOffset _fetchedAt = DateTimeOffset.MinValue;
    private DateTimeOffset _triedAt = DateTimeOffset.MinValue;

    public async Task<BotFrameworkSigningKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        if (time.GetUtcNow() - _fetchedAt < MaxAge && _keys.TryGetValue(keyId, out var known))
        {
            return known;
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            var stale = now - _fetchedAt >= MaxAge;
            if (!stale && _keys.TryGetValue(keyId, out known))
            {
                return known;
            }

            if (now - _triedAt >= options.Value.KeyRefreshCooldown || (stale && now - _triedAt >= TimeSpan.FromSeconds(10)))
            {
                _triedAt = now;
                try
                {
                    _keys = await FetchAsync(cancellationToken);
                    _fetchedAt = now;
                }
                catch (Exception ex) when (ex is HttpRequestException or JsonException or ArgumentException or InvalidOperationException
                                           || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
                {
                    // Keep the keys we had: a metadata outage should not lock out tokens we can still check.
                    LogFetchFailed(ex.GetType().Name);
                }
            }

            return _keys.GetValueOrDefault(keyId);
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<IReadOnlyDictionary<string, BotFrameworkSigningKey>> FetchAsync(CancellationToken cancellationToken)
    {
        var http = httpClients.CreateClient(HttpClientName);
        var metadata = OpenIdConnectConfiguration.Create(await http.GetStringAsync(options.Value.OpenIdMetadataUrl, cancellationToken));
        if (!Uri.TryCreate(metadata.JwksUri, UriKind.Absolute, out var jwksUri)
            || (jwksUri.Scheme != Uri.UriSchemeHttps && !ServiceUrlPolicy.IsLoopbackHttp(jwksUri)))
        {
            throw new InvalidOperationException("The OpenID metadata has no usable jwks_uri.");
        }

        // Read the key set ourselves: the endorsements are a Bot Framework extension to JWK.
        using var document = JsonDocument.Parse(await http.GetStringAsync(jwksUri, cancellationToken));
        var keys = new Dictionary<string, BotFrameworkSigningKey>(StringComparer.Ordinal);
        foreach (var element in document.RootElement.GetProperty("keys").EnumerateArray())
        {
            var key = new JsonWebKey(element.GetRawText());
            if (string.IsNullOrEmpty(key.Kid))
            {
                continue;
            }

            var endorsements = element.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
                : [];
            keys[key.Kid] = new BotFrameworkSigningKey(key, endorsements);
        }

        LogFetched(keys.Count);
        return keys;
    }

    public void Dispose() => _lock.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetched {Count} Bot Framework signing key(s)")]
    private partial void LogFetched(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not fetch the Bot Framework signing keys ({Error}); keeping the ones we had")]
    private partial void LogFetchFailed(string error);
}
