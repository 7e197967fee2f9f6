using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace BuurtBot.Channels.WebChat;

/// <summary>
/// Bounds every client of the Direct Line API by its address, before any work is done for it: tokens
/// and new conversations per minute (sliding windows), open streams per address and in all. A refusal
/// is <c>429</c> with <c>Retry-After</c> and Direct Line's error body; nothing is stored for it. An IPv6
/// client is counted by its /64, which one household or phone gets whole. Behind a proxy the address
/// is the forwarded one (ASPNETCORE_FORWARDEDHEADERS_ENABLED). Streams are counted per instance (each
/// holds that instance's memory); on PostgreSQL the minute limits are counted by all instances together
/// as well (<see cref="SharedClientRate"/>).
/// </summary>
public sealed class WebChatClientLimits : IDisposable
{
    private const string Prefix = "/v3/directline";
    private static readonly TimeSpan StreamRetryAfter = TimeSpan.FromSeconds(10);

    private readonly WebChatLimitsOptions _options;
    private readonly PartitionedRateLimiter<string> _tokens;
    private readonly PartitionedRateLimiter<string> _conversations;
    private readonly PartitionedRateLimiter<string> _streamsPerAddress;
    private readonly ConcurrencyLimiter _streams;
    private readonly SharedClientRate _shared;

    public WebChatClientLimits(IOptions<WebChatLimitsOptions> options, SharedClientRate shared)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _shared = shared;
        _tokens = PerMinute(_options.TokensPerMinutePerAddress);
        _conversations = PerMinute(_options.ConversationsPerMinutePerAddress);
        _streamsPerAddress = PartitionedRateLimiter.Create<string, string>(address =>
            RateLimitPartition.GetConcurrencyLimiter(address, _ => new ConcurrencyLimiterOptions { PermitLimit = _options.StreamsPerAddress, QueueLimit = 0 }));
        _streams = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = _options.MaxStreams, QueueLimit = 0 });
    }

    /// <summary>The middleware: counts the request against its address and refuses it, or lets it through (holding a stream's place while it lasts).</summary>
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.Request;
        if (!request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase, out var rest))
        {
            await next(context);
            return;
        }

        var address = AddressOf(context);
        if (HttpMethods.IsPost(request.Method) && (rest == "/tokens/generate" || rest == "/tokens/refresh"))
        {
            await WithinRateAsync(context, next, _tokens, "token", _options.TokensPerMinutePerAddress, address, $"At most {_options.TokensPerMinutePerAddress} tokens a minute from one address; wait a moment and try again.");
        }
        else if (HttpMethods.IsPost(request.Method) && rest == "/conversations")
        {
            await WithinRateAsync(context, next, _conversations, "conversation", _options.ConversationsPerMinutePerAddress, address, $"At most {_options.ConversationsPerMinutePerAddress} new conversations a minute from one address; wait a moment and try again.");
        }
        else if (context.WebSockets.IsWebSocketRequest && rest.Value?.EndsWith("/stream", StringComparison.Ordinal) == true)
        {
            using var mine = _streamsPerAddress.AttemptAcquire(address);
            if (!mine.IsAcquired)
            {
                await RefuseAsync(context, StreamRetryAfter, "TooManyStreams", $"At most {_options.StreamsPerAddress} open streams from one address; close one, or poll GET …/activities.");
                return;
            }

            using var all = _streams.AttemptAcquire();
            if (!all.IsAcquired)
            {
                await RefuseAsync(context, StreamRetryAfter, "TooManyStreams", "The chat has as many open streams as it can take; try again in a moment, or poll GET …/activities.");
                return;
            }

            // Held for as long as the socket is open: the endpoint returns when it closes.
            await next(context);
        }
        else
        {
            await next(context);
        }
    }

    public void Dispose()
    {
        _tokens.Dispose();
        _conversations.Dispose();
        _streamsPerAddress.Dispose();
        _streams.Dispose();
    }

    /// <summary>The client's address as counted: IPv4 whole (IPv4-mapped IPv6 too), IPv6 by its /64 prefix.</summary>
    public static string AddressOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ip = context.Connection.RemoteIpAddress;
        if (ip is null)
        {
            return "unknown";
        }

        if (ip.IsIPv4MappedToIPv6)
        {
            ip = ip.MapToIPv4();
        }

        if (ip.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = ip.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }

        return ip.ToString();
    }

    private static PartitionedRateLimiter<string> PerMinute(int permits) =>
        PartitionedRateLimiter.Create<string, string>(address =>
            RateLimitPartition.GetSlidingWindowLimiter(address, _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
                SegmentsPerWindow = 6,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));

    private async Task WithinRateAsync(HttpContext context, RequestDelegate next, PartitionedRateLimiter<string> limiter, string kind, int limit, string address, string message)
    {
        using var lease = limiter.AttemptAcquire(address);
        if (!lease.IsAcquired)
        {
            var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(10);
            await RefuseAsync(context, retryAfter, "TooManyRequests", message);
            return;
        }

        // This instance had room; the other instances may have given this address its minute already.
        if (await _shared.TryAcquireAsync(kind, address, limit, context.RequestAborted) is { } wait)
        {
            await RefuseAsync(context, wait, "TooManyRequests", message);
            return;
        }

        await next(context);
    }

    private static Task RefuseAsync(HttpContext context, TimeSpan retryAfter, string code, string message)
    {
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return DirectLineError.Of(StatusCodes.Status429TooManyRequests, code, message).ExecuteAsync(context);
    }
}
