using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using BuurtBot.Tests.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BuurtBot.Load;

/// <summary>
/// A Teams tenant around the host in its own process: the Bot Framework's identity service (signing keys
/// over http, the bot's client-credentials token over https with a self-signed certificate the host is
/// told to trust through <c>SSL_CERT_FILE</c>) and a Bot Connector that hands each posted activity to the
/// resident of its conversation. The connector enforces Teams' documented per-conversation limits for a
/// bot (7 in 1 s, 8 in 2 s, 60 in 30 s, 1800 in an hour) with 429 and Retry-After, as Teams does, and
/// counts the 429s: a host that honours the limits gets none.
/// </summary>
public sealed class TeamsTenant : IAsyncDisposable
{
    private static readonly (int Permits, TimeSpan Window)[] Limits =
    [
        (7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1)),
    ];

    private readonly ConcurrentDictionary<string, Channel<ConnectorActivity>> _conversations = new();
    private readonly ConcurrentDictionary<string, Queue<long>> _sent = new();
    private LoopbackServer _connector = null!;
    private readonly Lock _tokenLock = new();
    private string _token = "";
    private long _tokenIssued;
    private int _throttled;
    private int _typing;

    private TeamsTenant(TestBotFrameworkIdentity identity, string certificateFile)
    {
        Identity = identity;
        CertificateFile = certificateFile;
    }

    public TestBotFrameworkIdentity Identity { get; }

    /// <summary>The login server's certificate as PEM: the only root the host trusts in a Teams run.</summary>
    public string CertificateFile { get; }

    public string ServiceUrl => _connector.BaseUri.ToString();

    /// <summary>Posts refused with 429 because the host sent faster than Teams allows in one conversation.</summary>
    public int Throttled => Volatile.Read(ref _throttled);

    /// <summary>Typing indicators posted (not questions; they count against the limit as in Teams).</summary>
    public int Typing => Volatile.Read(ref _typing);

    public static async Task<TeamsTenant> StartAsync()
    {
        var identity = await TestBotFrameworkIdentity.StartAsync();
        var certificateFile = Path.Combine(Path.GetTempPath(), $"buurtbot-load-teams-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(certificateFile, identity.Certificate.ExportCertificatePem());
        var tenant = new TeamsTenant(identity, certificateFile);
        tenant._connector = await LoopbackServer.StartAsync(tenant.MapConnector);
        return tenant;
    }

    /// <summary>The host's settings for this tenant (environment variables of its process).</summary>
    public IReadOnlyDictionary<string, string?> HostSettings() => new Dictionary<string, string?>
    {
        ["Teams:MicrosoftAppId"] = TestBotFrameworkIdentity.AppId,
        ["Teams:MicrosoftAppPassword"] = TestBotFrameworkIdentity.AppPassword,
        ["Teams:OpenIdMetadataUrl"] = Identity.MetadataUrl,
        ["Teams:TokenAuthority"] = Identity.Authority,
        ["SSL_CERT_FILE"] = CertificateFile,
    };

    /// <summary>
    /// The token Teams puts on its requests to the bot. Teams reuses one for a while rather than signing one per
    /// request; so does the tenant (a new one every 20 minutes), so that signing is not the load generator's cost.
    /// </summary>
    public string Token()
    {
        var issued = Interlocked.Read(ref _tokenIssued);
        if (issued == 0 || Stopwatch.GetElapsedTime(issued) > TimeSpan.FromMinutes(20))
        {
            lock (_tokenLock)
            {
                if (Interlocked.Read(ref _tokenIssued) == issued)
                {
                    _token = Identity.IssueToken(ServiceUrl);
                    Interlocked.Exchange(ref _tokenIssued, Stopwatch.GetTimestamp());
                }
            }
        }

        return Volatile.Read(ref _token);
    }

    public ChannelReader<ConnectorActivity> Watch(string conversationId) =>
        _conversations.GetOrAdd(conversationId, _ => Channel.CreateUnbounded<ConnectorActivity>(new UnboundedChannelOptions { SingleReader = true })).Reader;

    public void Unwatch(string conversationId)
    {
        _conversations.TryRemove(conversationId, out _);
        _sent.TryRemove(conversationId, out _);
    }

    private void MapConnector(WebApplication app) =>
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", async (string conversationId, HttpRequest request, HttpResponse response) =>
        {
            var body = (await JsonNode.ParseAsync(request.Body))!.AsObject();
            if (RetryAfter(conversationId) is { } wait)
            {
                Interlocked.Increment(ref _throttled);
                response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Results.Json(new { error = new { code = "ConversationThrottled", message = "Too many requests" } }, statusCode: 429);
            }

            if (body["type"]?.GetValue<string>() == "typing")
            {
                Interlocked.Increment(ref _typing);
            }
            else if (_conversations.TryGetValue(conversationId, out var channel))
            {
                channel.Writer.TryWrite(new ConnectorActivity(body, Stopwatch.GetTimestamp()));
            }

            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });

    /// <summary>How long until one more post fits Teams' limits for this conversation; null when it fits now (and it is counted).</summary>
    private TimeSpan? RetryAfter(string conversationId)
    {
        var now = Stopwatch.GetTimestamp();
        var sent = _sent.GetOrAdd(conversationId, _ => new Queue<long>());
        lock (sent)
        {
            while (sent.Count > 0 && Stopwatch.GetElapsedTime(sent.Peek(), now) > Limits[^1].Window)
            {
                sent.Dequeue();
            }

            foreach (var (permits, window) in Limits)
            {
                var inWindow = sent.Where(t => Stopwatch.GetElapsedTime(t, now) < window).ToList();
                if (inWindow.Count >= permits)
                {
                    return window - Stopwatch.GetElapsedTime(inWindow[inWindow.Count - permits], now);
                }
            }

            sent.Enqueue(now);
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _connector.DisposeAsync();
        await Identity.DisposeAsync();
        File.Delete(CertificateFile);
    }
}

/// <summary>An activity the bot posted to the connector, and when it arrived.</summary>
public sealed record ConnectorActivity(JsonObject Body, long ReceivedTicks);
