using System.Net;
using Microsoft.Extensions.Options;

namespace BuurtBot.Channels.Teams;

/// <summary>
/// Which serviceUrls we accept and which may see the bot's token. The token is a credential for
/// the whole bot, so it goes only to a serviceUrl an authenticated request vouched for, or to a
/// host on the allowlist; never to whatever an unauthenticated caller names.
/// </summary>
public sealed class ServiceUrlPolicy(IOptions<TeamsOptions> options)
{
    public static bool IsLoopbackHttp(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttp && (uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip)));

    public bool IsAllowlisted(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps
        && options.Value.ServiceUrlAllowlist.Any(host => string.Equals(uri.Host, host, StringComparison.OrdinalIgnoreCase));

    /// <summary>A serviceUrl we will post to at all: https, or http on loopback (an emulator or test channel).</summary>
    public static bool IsAcceptable(string? serviceUrl, out Uri? uri) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out uri) && (uri.Scheme == Uri.UriSchemeHttps || IsLoopbackHttp(uri));

    /// <summary>Without authentication only loopback or allowlisted serviceUrls are taken, so nobody can point the bot elsewhere.</summary>
    public bool AcceptsUnauthenticated(Uri uri) => IsLoopbackHttp(uri) || IsAllowlisted(uri);

    public bool MaySendToken(TeamsConversationReference reference) =>
        options.Value.HasAppId
        && Uri.TryCreate(reference.ServiceUrl, UriKind.Absolute, out var uri)
        && (reference.Authenticated || IsAllowlisted(uri));
}
