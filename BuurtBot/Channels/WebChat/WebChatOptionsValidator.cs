using Microsoft.Extensions.Options;

namespace BuurtBot.Channels.WebChat;

/// <summary>Refuses at start what can never match a browser's Origin header (a path, a wildcard, no scheme).</summary>
internal sealed class WebChatOptionsValidator : IValidateOptions<WebChatOptions>
{
    public ValidateOptionsResult Validate(string? name, WebChatOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var bad = options.AllowedOrigins
            .Where(origin => !Uri.TryCreate(DirectLineCors.Normalize(origin), UriKind.Absolute, out var uri)
                || uri.Scheme is not ("https" or "http")
                || uri.PathAndQuery != "/"
                || origin.Contains('*', StringComparison.Ordinal))
            .ToList();
        return bad.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"WebChat:AllowedOrigins must be origins such as https://www.hilversum.nl (scheme, host, optional port; no path or wildcard), not: {string.Join(", ", bad)}");
    }
}
