using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace BuurtBot.Hosting;

/// <summary>
/// This host's public base URL, for every link and QR code it hands out (share links, posters), always
/// from configuration and never from a request: a request's Host header is whatever its sender typed,
/// and one <c>curl -H 'Host: evil.example'</c> must not decide where a municipality's posters point.
/// In order: <c>Hosting:PublicBaseUrl</c> (or the older <c>Steun:PublicBaseUrl</c>); else the first
/// host named in <c>AllowedHosts</c>, over https; else, outside Production, the address the server
/// listens on. Production with neither refuses to start (<see cref="PublicAddressValidation"/>).
/// </summary>
public sealed class PublicAddress(IConfiguration configuration, IServiceProvider services)
{
    public const string Key = "Hosting:PublicBaseUrl";

    public const string OlderKey = "Steun:PublicBaseUrl";

    /// <summary>The address from configuration (a public-URL setting or AllowedHosts); null when neither names one.</summary>
    public string? Configured { get; } = FromConfiguration(configuration);

    /// <summary>Without anything configured (development, tests): where the server listens, e.g. <c>http://localhost:5080</c>.</summary>
    public string BaseUrl => Configured ?? Listening() ?? HostingExtensions.DefaultUrl;

    public static string? FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var key in new[] { Key, OlderKey })
        {
            if (configuration[key] is { Length: > 0 } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                return url.TrimEnd('/');
            }
        }

        // Host filtering's list (host[:port];host…); a wildcard names no single host to link to.
        var named = (configuration["AllowedHosts"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(h => h != "*" && !h.StartsWith("*.", StringComparison.Ordinal));
        return named is null ? null : $"https://{named}";
    }

    private string? Listening()
    {
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        var first = addresses?.FirstOrDefault();
        return first?.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://[::]", "://localhost", StringComparison.Ordinal).TrimEnd('/');
    }
}
