namespace BuurtBot.Steun;

/// <summary>
/// This host's public base URL: configured (<see cref="SteunOptions.PublicBaseUrl"/>), or the
/// scheme and host of the first request it served. Turns run in the background with no request of
/// their own, so the address is remembered rather than read per call.
/// </summary>
public sealed class PublicAddress
{
    private string? _seen;

    public PublicAddress(Microsoft.Extensions.Options.IOptions<SteunOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Configured = options.Value.PublicBaseUrl is { Length: > 0 } url ? url.TrimEnd('/') : null;
    }

    public string? Configured { get; }

    public string BaseUrl => Configured ?? Volatile.Read(ref _seen) ?? "http://localhost";

    public void Observe(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Configured is null && Volatile.Read(ref _seen) is null && request.Host.HasValue)
        {
            Interlocked.CompareExchange(ref _seen, $"{request.Scheme}://{request.Host.Value}", null);
        }
    }
}
