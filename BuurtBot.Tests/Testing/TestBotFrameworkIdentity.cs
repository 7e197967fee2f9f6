using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BuurtBot.Tests.Testing;

/// <summary>
/// Stands in for login.botframework.com and login.microsoftonline.com on loopback: serves
/// OpenID metadata and a key set with endorsements (http), issues the tokens the Bot Framework
/// would send to a bot, and answers client-credentials requests (https, as MSAL requires).
/// </summary>
public sealed class TestBotFrameworkIdentity : IAsyncDisposable
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string AppPassword = "test-password";
    public const string Issuer = "https://api.botframework.com";

    private readonly List<(RsaSecurityKey Key, string[] Endorsements)> _keys = [];
    private LoopbackServer _metadata = null!;
    private LoopbackServer _login = null!;

    public X509Certificate2 Certificate { get; } = CreateCertificate();

    public string MetadataUrl => new Uri(_metadata.BaseUri, "v1/.well-known/openidconfiguration").ToString();

    public string Authority => _login.BaseUri.ToString();

    public ConcurrentQueue<IReadOnlyDictionary<string, string>> TokenRequests { get; } = new();

    private int _metadataFetches;

    public int MetadataFetches => _metadataFetches;

    public RsaSecurityKey CurrentKey => _keys[^1].Key;

    public static async Task<TestBotFrameworkIdentity> StartAsync()
    {
        var identity = new TestBotFrameworkIdentity();
        identity.AddKey("msteams", "emulator");
        identity._metadata = await LoopbackServer.StartAsync(identity.MapMetadata);
        identity._login = await LoopbackServer.StartAsync(identity.MapLogin, identity.Certificate);
        return identity;
    }

    /// <summary>A new signing key published from now on, as when the Bot Framework rotates keys.</summary>
    public RsaSecurityKey AddKey(params string[] endorsements)
    {
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N") };
        lock (_keys)
        {
            _keys.Add((key, endorsements));
        }

        return key;
    }

    /// <summary>A token as the Bot Framework sends with an activity; every part can be spoiled for a test.</summary>
    public string IssueToken(
        string serviceUrl,
        string? audience = AppId,
        string issuer = Issuer,
        DateTime? expires = null,
        RsaSecurityKey? key = null)
    {
        var now = DateTime.UtcNow;
        var expiry = expires ?? now.AddMinutes(30);
        var notBefore = expiry < now ? expiry.AddMinutes(-30) : now.AddMinutes(-1);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expiry,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(key ?? CurrentKey, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary><c>alg: none</c>: a token anyone could make.</summary>
    public static string Unsigned(string validToken)
    {
        var parts = validToken.Split('.');
        var header = JsonNode.Parse(Base64UrlEncoder.Decode(parts[0]))!.AsObject();
        header["alg"] = "none";
        return $"{Base64UrlEncoder.Encode(header.ToJsonString())}.{parts[1]}.";
    }

    /// <summary>The payload changed after signing: the signature no longer fits.</summary>
    public static string Tampered(string validToken)
    {
        var parts = validToken.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        payload["exp"] = payload["exp"]!.GetValue<long>() + 86_400;
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.{parts[2]}";
    }

    /// <summary>Lets the host's token client trust this server's self-signed certificate, and nothing else.</summary>
    public HttpMessageHandler TrustingHandler() => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == Certificate.Thumbprint,
    };

    private void MapMetadata(WebApplication app)
    {
        app.MapGet("/v1/.well-known/openidconfiguration", (HttpRequest request) =>
        {
            Interlocked.Increment(ref _metadataFetches);
            var keysUrl = $"{request.Scheme}://{request.Host}/v1/keys";
            return Results.Json(new JsonObject
            {
                ["issuer"] = Issuer,
                ["authorization_endpoint"] = "https://invalid.example/authorize",
                ["jwks_uri"] = keysUrl,
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            });
        });
        app.MapGet("/v1/keys", () =>
        {
            var keys = new JsonArray();
            lock (_keys)
            {
                foreach (var (key, endorsements) in _keys)
                {
                    var parameters = key.Rsa.ExportParameters(false);
                    keys.Add(new JsonObject
                    {
                        ["kty"] = "RSA",
                        ["use"] = "sig",
                        ["kid"] = key.KeyId,
                        ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                        ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                        ["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode)JsonValue.Create(e)!).ToArray()),
                    });
                }
            }

            return Results.Json(new JsonObject { ["keys"] = keys });
        });
    }

    private void MapLogin(WebApplication app)
    {
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (string tenant, HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString());
            fields["tenant"] = tenant;
            TokenRequests.Enqueue(fields);
            if (fields.GetValueOrDefault("client_secret") != AppPassword)
            {
                return Results.Json(new { error = "invalid_client" }, statusCode: (int)HttpStatusCode.Unauthorized);
            }

            return Results.Json(new JsonObject
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = 3600,
                ["ext_expires_in"] = 3600,
                ["access_token"] = $"bot-token-{TokenRequests.Count}",
            });
        });
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        // Round-trip through PKCS#12 so Kestrel gets a certificate whose private key it can use on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    public async ValueTask DisposeAsync()
    {
        await _metadata.DisposeAsync();
        await _login.DisposeAsync();
    }
}
