using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace BuurtBot.Channels.WebChat;

/// <summary>
/// Conversation tokens: each grants access to one Direct Line conversation until it expires.
/// Signed and encrypted with the app's data-protection keys, so nothing needs storing.
/// </summary>
public sealed class DirectLineTokens(IDataProtectionProvider protection, IOptions<WebChatOptions> options, TimeProvider time)
{
    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("BuurtBot.WebChat.ConversationToken").ToTimeLimitedDataProtector();

    public int LifetimeSeconds => options.Value.TokenLifetimeSeconds;

    public static string NewConversationId() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public string Issue(string conversationId) =>
        _protector.Protect(conversationId, time.GetUtcNow().AddSeconds(LifetimeSeconds));

    /// <summary>The conversation the token grants, or null when it is forged, damaged or expired.</summary>
    public string? ConversationOf(string token) => ConversationOf(token, out _);

    /// <summary>As <see cref="ConversationOf(string)"/>, with the moment the token expires (a stream closes then).</summary>
    public string? ConversationOf(string token, out DateTimeOffset expires)
    {
        try
        {
            var conversationId = _protector.Unprotect(token, out expires);
            return expires > time.GetUtcNow() ? conversationId : null;
        }
        catch (CryptographicException)
        {
            expires = default;
            return null;
        }
    }

    public bool IsSecret(string presented)
    {
        var secret = options.Value.Secret;
        return !string.IsNullOrEmpty(secret)
            && CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(secret), System.Text.Encoding.UTF8.GetBytes(presented));
    }
}
