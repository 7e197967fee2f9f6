using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace BuurtBot.Channels.WebChat;

/// <summary>
/// Conversation tokens: each grants access to one Direct Line conversation until it expires.
/// Signed and encrypted with the app's data-protection keys, so nothing needs storing.
/// </summary>
/// <remarks>
/// The format is the one <see cref="ITimeLimitedDataProtector"/> writes (its purpose, then the expiry as
/// big-endian UTC ticks before the conversation id), so tokens issued before stay valid. It is read here
/// rather than through that protector because the protector throws the same exception for an expired
/// token as for a forged one, and Direct Line clients must hear the difference: directlinejs treats only
/// 403 as "expired" (and lets the page get a new token), everything else as a failure to retry forever.
/// </remarks>
public sealed class DirectLineTokens(IDataProtectionProvider protection, IOptions<WebChatOptions> options, TimeProvider time)
{
    private const string TimeLimitedPurpose = "Microsoft.AspNetCore.DataProtection.TimeLimitedDataProtector.v1";

    private readonly IDataProtector _protector =
        protection.CreateProtector("BuurtBot.WebChat.ConversationToken").CreateProtector(TimeLimitedPurpose);

    public int LifetimeSeconds => options.Value.TokenLifetimeSeconds;

    public static string NewConversationId() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public string Issue(string conversationId)
    {
        var id = Encoding.UTF8.GetBytes(conversationId);
        var plain = new byte[8 + id.Length];
        BinaryPrimitives.WriteUInt64BigEndian(plain, (ulong)time.GetUtcNow().AddSeconds(LifetimeSeconds).UtcTicks);
        id.CopyTo(plain, 8);
        return WebEncoders.Base64UrlEncode(_protector.Protect(plain));
    }

    /// <summary>The conversation the token grants, or null when it is forged, damaged or expired.</summary>
    public string? ConversationOf(string token) => Read(token) is { State: TokenState.Valid } read ? read.ConversationId : null;

    /// <summary>What a presented token is: valid (for which conversation, until when), expired, or not ours at all.</summary>
    public TokenRead Read(string token)
    {
        byte[] plain;
        try
        {
            plain = _protector.Unprotect(WebEncoders.Base64UrlDecode(token));
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return TokenRead.Invalid;
        }

        if (plain.Length <= 8 || BinaryPrimitives.ReadUInt64BigEndian(plain) is var ticks && ticks > (ulong)DateTimeOffset.MaxValue.UtcTicks)
        {
            return TokenRead.Invalid;
        }

        var expires = new DateTimeOffset((long)ticks, TimeSpan.Zero);
        var conversationId = Encoding.UTF8.GetString(plain, 8, plain.Length - 8);
        return expires > time.GetUtcNow()
            ? new TokenRead(TokenState.Valid, conversationId, expires)
            : new TokenRead(TokenState.Expired, null, expires);
    }

    public bool IsSecret(string presented)
    {
        var secret = options.Value.Secret;
        return !string.IsNullOrEmpty(secret)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(presented));
    }
}

public enum TokenState
{
    Invalid,
    Valid,
    Expired,
}

/// <summary>A token as read: its state, and for a valid one the conversation it grants and when it ends.</summary>
public sealed record TokenRead(TokenState State, string? ConversationId, DateTimeOffset Expires)
{
    public static TokenRead Invalid { get; } = new(TokenState.Invalid, null, default);
}
