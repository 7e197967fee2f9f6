using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BuurtBot.Channels.Teams;

public enum TeamsAuthOutcome
{
    Authenticated,
    Unauthorized,

    /// <summary>A valid token whose signing key does not vouch for the activity's channel.</summary>
    Forbidden,
}

/// <summary>
/// Checks the bearer token of a request from the Bot Framework the way the SDK's ChannelValidation
/// and JwtTokenExtractor do: signed by a key from the metadata (RS256/384/512), issuer
/// api.botframework.com, audience our app id, lifetime with 5 minutes skew, the key endorsing
/// the activity's channelId, and the serviceurl claim equal to the activity's serviceUrl.
/// </summary>
public sealed partial class TeamsRequestAuthenticator(
    BotFrameworkSigningKeys keys,
    IOptions<TeamsOptions> options,
    ILogger<TeamsRequestAuthenticator> logger)
{
    private const int MaxTokenLength = 16 * 1024;
    private static readonly JsonWebTokenHandler Handler = new();
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    public async Task<TeamsAuthOutcome> AuthenticateAsync(string? authorization, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        const string scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return Reject("no bearer token");
        }

        var token = authorization[scheme.Length..].Trim();
        if (token.Length is 0 or > MaxTokenLength || !Handler.CanReadToken(token))
        {
            return Reject("not a JWT");
        }

        string keyId;
        try
        {
            keyId = Handler.ReadJsonWebToken(token).Kid;
        }
        catch (ArgumentException)
        {
            return Reject("not a JWT");
        }

        if (string.IsNullOrEmpty(keyId) || await keys.FindAsync(keyId, cancellationToken) is not { } key)
        {
            return Reject("unknown signing key");
        }

        var result = await Handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = options.Value.TokenIssuer,
            ValidAudience = options.Value.MicrosoftAppId,
            IssuerSigningKey = key.Key,
            ValidAlgorithms = Algorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(5),
        });
        if (!result.IsValid)
        {
            return Reject(result.Exception?.GetType().Name ?? "invalid token");
        }

        if (channelId is null || !key.Endorsements.Contains(channelId, StringComparer.Ordinal))
        {
            LogRejected("the signing key does not endorse the channel");
            return TeamsAuthOutcome.Forbidden;
        }

        var claimedServiceUrl = result.Claims.TryGetValue("serviceurl", out var claim) ? claim as string : null;
        if (string.IsNullOrWhiteSpace(claimedServiceUrl) || !string.Equals(claimedServiceUrl, serviceUrl, StringComparison.Ordinal))
        {
            return Reject("serviceurl claim does not match the activity");
        }

        return TeamsAuthOutcome.Authenticated;
    }

    private TeamsAuthOutcome Reject(string reason)
    {
        LogRejected(reason);
        return TeamsAuthOutcome.Unauthorized;
    }

    // The reason only: never the token, which is a credential.
    [LoggerMessage(Level = LogLevel.Information, Message = "Teams request rejected: {Reason}")]
    private partial void LogRejected(string reason);
}
