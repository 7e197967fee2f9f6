using System.Globalization;
using System.Text.Json;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Photos;
using BuurtBot.Storage;
using BuurtBot.Turns;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuurtBot.Channels.WebChat;

/// <summary>
/// The Direct Line 3.0 REST API, polling and the WebSocket stream, so Microsoft's Web Chat control
/// and botframework-directlinejs talk to BuurtBot as they talk to an Azure bot.
/// </summary>
internal static class DirectLineEndpoints
{
    public const string Channel = "webchat";

    public static RouteGroupBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v3/directline").WithTags("Direct Line").RequireCors(DirectLineCors.Policy);
        group.MapPost("/tokens/generate", Generate);
        group.MapPost("/tokens/refresh", Refresh);
        group.MapPost("/conversations", StartConversation);
        group.MapGet("/conversations/{id}", Reconnect);
        group.MapPost("/conversations/{id}/activities", PostActivity);
        group.MapGet("/conversations/{id}/activities", GetActivities);
        group.MapPost("/conversations/{id}/upload", Upload);
        group.MapGet("/conversations/{id}/stream", Stream);
        return group;
    }

    /// <summary>
    /// A token for a new conversation. The municipality's page is public, so anyone may ask;
    /// the token only ever opens the one conversation it names.
    /// </summary>
    private static IResult Generate(DirectLineTokens tokens)
    {
        var conversationId = DirectLineTokens.NewConversationId();
        return Results.Ok(new ConversationResponse(conversationId, tokens.Issue(conversationId), tokens.LifetimeSeconds));
    }

    private static IResult Refresh(HttpRequest request, DirectLineTokens tokens)
    {
        var caller = DirectLineCaller.From(request, tokens);
        if (caller.ConversationId is not { } conversationId)
        {
            return caller.Refusal();
        }

        return Results.Ok(new ConversationResponse(conversationId, tokens.Issue(conversationId), tokens.LifetimeSeconds));
    }

    private static async Task<IResult> StartConversation(HttpRequest request, DirectLineTokens tokens, Inbox inbox, CancellationToken cancellationToken)
    {
        var caller = DirectLineCaller.From(request, tokens);
        if (!caller.IsAuthenticated)
        {
            return caller.Refusal();
        }

        var conversationId = caller.ConversationId ?? DirectLineTokens.NewConversationId();
        var locale = DirectLineLocale.Of(await ReadStartBodyAsync(request, cancellationToken), request.Headers.AcceptLanguage.ToString());

        // Starting twice with the same token is one start: the dedupe key is the conversation.
        var stored = await inbox.StoreAsync(
            new InboundEnvelope(Channel, conversationId, $"{conversationId}:start", new InboundMessage { Kind = InboundKind.ConversationStarted, Locale = locale })
            {
                Locale = locale,
            },
            cancellationToken);

        var token = tokens.Issue(conversationId);
        var response = new ConversationResponse(conversationId, token, tokens.LifetimeSeconds, StreamUrl(request, conversationId, token, watermark: null));

        // Direct Line 3.0: 201 Created for a new conversation, 200 OK when the token's conversation had already started.
        return stored.Duplicate
            ? Results.Ok(response)
            : Results.Created($"/v3/directline/conversations/{conversationId}", response);
    }

    /// <summary>The optional start body directlinejs sends (<c>{ user, locale }</c>); an absent or malformed one counts as none.</summary>
    private static async Task<DirectLineStartBody?> ReadStartBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is 0 or > 4096 || request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return null;
        }

        try
        {
            return await JsonSerializer.DeserializeAsync<DirectLineStartBody>(request.Body, MessageJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Direct Line's reconnect: a fresh token and a streamUrl that resumes after the watermark.</summary>
    private static async Task<IResult> Reconnect(string id, string? watermark, HttpRequest request, DirectLineTokens tokens, BuurtBotDbContext db, CancellationToken cancellationToken)
    {
        if (Refuse(request, tokens, id) is { } refused)
        {
            return refused;
        }

        if (!DirectLineTranscript.TryParseWatermark(watermark, out _))
        {
            return DirectLineError.BadArgument(DirectLineTranscript.BadWatermark);
        }

        if (await DirectLineTranscript.FindAsync(db, id, cancellationToken) is not { } conversation)
        {
            return DirectLineError.NoSuchConversation();
        }

        // Direct Line 3.0: without a watermark a reconnect replays nothing, only what comes after it.
        if (string.IsNullOrEmpty(watermark))
        {
            var last = await db.Transcript.Where(t => t.ConversationId == conversation.Id).MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
            watermark = last.ToString(CultureInfo.InvariantCulture);
        }

        var token = tokens.Issue(id);
        return Results.Ok(new ConversationResponse(id, token, tokens.LifetimeSeconds, StreamUrl(request, id, token, watermark)));
    }

    private static async Task<IResult> PostActivity(
        string id,
        HttpRequest request,
        DirectLineTokens tokens,
        Inbox inbox,
        BuurtBotDbContext db,
        WebChatRateLimiter limiter,
        IOptions<WebChatOptions> options,
        CancellationToken cancellationToken)
    {
        if (Refuse(request, tokens, id) is { } refused)
        {
            return refused;
        }

        var (activity, readError) = await ReadActivityAsync(request, options.Value.MaxRequestBytes, cancellationToken);
        if (readError is not null)
        {
            return readError;
        }

        InboundMessage? message;
        string? invalid;
        switch (activity!.Type)
        {
            case "message":
                message = ActivityTranslator.ToInbound(activity, options.Value.MaxTextLength, out invalid);
                break;
            case "event":
                // The chat page's "start" event carries a deep-link payload (?steun=CODE), as Telegram's /start does.
                message = ActivityTranslator.ToStartEvent(activity, out invalid);
                break;
            case "typing":
                // Known and harmless: Web Chat may say the resident is typing. Nothing to store.
                return Results.Ok(new ActivityResponse($"{id}|typing"));
            case null or "":
                return DirectLineError.BadArgument("The activity needs a 'type'; BuurtBot accepts 'message' (and a 'start' event).");
            default:
                return DirectLineError.BadArgument($"Activity type '{Truncate(activity.Type)}' is not supported; send 'message' (or the 'start' event).");
        }

        if (message is null)
        {
            return invalid!.StartsWith("The text is", StringComparison.Ordinal)
                ? DirectLineError.Of(StatusCodes.Status413PayloadTooLarge, "MessageTooLong", invalid)
                : DirectLineError.BadArgument(invalid);
        }

        return await StoreAsync(id, message, ClientActivityId(activity), request, inbox, db, limiter, options.Value, [], counted: false, cancellationToken);
    }

    /// <summary>A resident's message (posted or uploaded) into the inbox, once per client id, within the rate limit.</summary>
    private static async Task<IResult> StoreAsync(
        string id,
        InboundMessage message,
        string? clientId,
        HttpRequest request,
        Inbox inbox,
        BuurtBotDbContext db,
        WebChatRateLimiter limiter,
        WebChatOptions options,
        IReadOnlyList<ReceivedPhoto> photos,
        bool counted,
        CancellationToken cancellationToken)
    {
        if (!counted && !limiter.TryAcquire(id, out var retryAfter))
        {
            request.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return DirectLineError.Of(StatusCodes.Status429TooManyRequests, "TooManyRequests",
                $"At most {options.MessagesPerMinute} messages a minute; wait a moment and send again.");
        }

        // Web Chat gives each message a client id; a retried post of the same message is the same message.
        var messageId = clientId is null ? $"{id}:{Guid.NewGuid():N}" : $"{id}:c:{clientId}";
        // The inbox refuses a conversation we never started (one query for both, not a lookup first).
        var stored = await inbox.StoreAsync(new InboundEnvelope(Channel, id, messageId, message) { OnlyIntoExistingConversation = true, Photos = photos }, cancellationToken);
        if (stored.UnknownConversation)
        {
            return DirectLineError.Of(StatusCodes.Status404NotFound, "NotFound", "Start the conversation first with POST /v3/directline/conversations.");
        }

        var transcriptId = stored.TranscriptEntryId ?? await db.Transcript
            .Where(t => t.ConversationId == stored.ConversationId && t.ChannelMessageId == messageId)
            .Select(t => t.Id).FirstOrDefaultAsync(cancellationToken);
        return Results.Ok(new ActivityResponse(ActivityTranslator.ActivityId(id, transcriptId)));
    }

    /// <summary>Web Chat's paperclip: files (photos) with the activity that carries them, into the inbox as one message.</summary>
    private static async Task<IResult> Upload(
        string id,
        HttpRequest request,
        DirectLineTokens tokens,
        Inbox inbox,
        BuurtBotDbContext db,
        WebChatRateLimiter limiter,
        PhotoReceiver photos,
        IOptions<WebChatOptions> options,
        CancellationToken cancellationToken)
    {
        if (Refuse(request, tokens, id) is { } refused)
        {
            return refused;
        }

        // Counted before the photos are decoded: decoding is the expensive part of an upload.
        if (!limiter.TryAcquire(id, out var retryAfter))
        {
            request.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return DirectLineError.Of(StatusCodes.Status429TooManyRequests, "TooManyRequests",
                $"At most {options.Value.MessagesPerMinute} messages a minute; wait a moment and send again.");
        }

        var (message, clientId, error, received) = await DirectLineUpload.ReadAsync(request, options.Value, photos, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        return await StoreAsync(id, message!, clientId, request, inbox, db, limiter, options.Value, received, counted: true, cancellationToken);
    }

    private static async Task<IResult> GetActivities(
        string id,
        string? watermark,
        HttpRequest request,
        DirectLineTokens tokens,
        BuurtBotDbContext db,
        CancellationToken cancellationToken)
    {
        if (Refuse(request, tokens, id) is { } refused)
        {
            return refused;
        }

        if (!DirectLineTranscript.TryParseWatermark(watermark, out var after))
        {
            return DirectLineError.BadArgument(DirectLineTranscript.BadWatermark);
        }

        if (await DirectLineTranscript.FindAsync(db, id, cancellationToken) is not { } conversation)
        {
            return DirectLineError.NoSuchConversation();
        }

        var read = await DirectLineTranscript.ReadAfterAsync(db, conversation, id, after, cancellationToken);
        return Results.Ok(read.Set);
    }

    /// <summary>
    /// The WebSocket stream at the streamUrl: the token comes in <c>t</c> (browsers cannot set headers
    /// on a WebSocket) or the Authorization header; every check happens before the upgrade.
    /// </summary>
    private static async Task<IResult> Stream(
        string id,
        string? watermark,
        HttpContext context,
        DirectLineTokens tokens,
        DirectLineStreamHub hub,
        IServiceScopeFactory scopes,
        IOptions<WebChatOptions> options,
        IOptions<JsonOptions> json,
        IHostApplicationLifetime lifetime,
        TimeProvider time,
        ILogger<DirectLineStream> logger)
    {
        var caller = DirectLineCaller.FromStream(context.Request, tokens);
        if (caller.TokenExpired)
        {
            return DirectLineError.TokenExpired();
        }

        if (!caller.IsAuthenticated)
        {
            return DirectLineError.Of(StatusCodes.Status401Unauthorized, "TokenOrSecretInvalid",
                "Connect to the streamUrl as given, with a valid, unexpired conversation token in 't' (or 'Authorization: Bearer <token>').");
        }

        if (!caller.MayUse(id))
        {
            return DirectLineError.Forbidden();
        }

        if (!DirectLineTranscript.TryParseWatermark(watermark, out var after))
        {
            return DirectLineError.BadArgument(DirectLineTranscript.BadWatermark);
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineError.BadArgument(
                "This is the Direct Line stream: connect a WebSocket to the streamUrl. Over plain HTTP, GET /v3/directline/conversations/{id}/activities?watermark= instead.");
        }

        // A scope of its own, not the request's: the request lasts as long as the socket, and a context
        // held that long would keep a database connection open for nothing.
        DirectLineTranscript.StoredConversation? conversation;
        await using (var scope = scopes.CreateAsyncScope())
        {
            conversation = await DirectLineTranscript.FindAsync(scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>(), id, context.RequestAborted);
        }

        if (conversation is null)
        {
            return DirectLineError.NoSuchConversation();
        }

        using var subscription = hub.TryOpen(conversation.Id);
        if (subscription is null)
        {
            return DirectLineError.Of(StatusCodes.Status429TooManyRequests, "TooManyStreams",
                $"This conversation already has {hub.MaxPerConversation} open streams; close one (or poll GET …/activities) and connect again.");
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var stream = new DirectLineStream(socket, subscription, conversation, id, scopes, json.Value.SerializerOptions, time, logger);
        await stream.RunAsync(after, TimeSpan.FromSeconds(options.Value.StreamKeepAliveSeconds), caller.Expires, context.RequestAborted, lifetime.ApplicationStopping);
        return Results.Empty;
    }

    /// <summary>
    /// Where to connect the stream: ws or wss as the request came in (behind a proxy, with forwarded
    /// headers on), on the same host, the token in <c>t</c> as Direct Line's streamUrl has it.
    /// </summary>
    private static string StreamUrl(HttpRequest request, string id, string token, string? watermark)
    {
        var scheme = string.Equals(request.Scheme, "https", StringComparison.OrdinalIgnoreCase) ? "wss" : "ws";
        var query = string.IsNullOrEmpty(watermark)
            ? QueryString.Create("t", token)
            : QueryString.Create("watermark", watermark).Add("t", token);
        return $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(id)}/stream{query}";
    }

    /// <summary>401 without a valid token or secret, 403 for an expired token or another conversation's id; null when the caller may use it.</summary>
    private static IResult? Refuse(HttpRequest request, DirectLineTokens tokens, string conversationId)
    {
        var caller = DirectLineCaller.From(request, tokens);
        return !caller.IsAuthenticated ? caller.Refusal()
            : !caller.MayUse(conversationId) ? DirectLineError.Forbidden()
            : null;
    }

    private static async Task<(DirectLineActivity? Activity, IResult? Error)> ReadActivityAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, DirectLineError.Of(StatusCodes.Status413PayloadTooLarge, "MessageTooLong", $"The request body may be at most {maxBytes} bytes."));
        }

        if (request.ContentType is not { } contentType || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, DirectLineError.Of(StatusCodes.Status415UnsupportedMediaType, "BadArgument", "Send the activity as 'Content-Type: application/json'."));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return (null, DirectLineError.Of(StatusCodes.Status413PayloadTooLarge, "MessageTooLong", $"The request body may be at most {maxBytes} bytes."));
            }
        }

        try
        {
            var activity = JsonSerializer.Deserialize<DirectLineActivity>(buffer.ToArray(), MessageJson.Options);
            return activity is null
                ? (null, DirectLineError.BadArgument("The body must be a JSON activity object."))
                : (activity, null);
        }
        catch (JsonException ex)
        {
            return (null, DirectLineError.BadArgument($"The body is not a valid activity: {ex.Message}"));
        }
    }

    private static string? ClientActivityId(DirectLineActivity activity)
    {
        if (activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("clientActivityID", out var clientId)
            && clientId.ValueKind == JsonValueKind.String
            && clientId.GetString() is { Length: > 0 and <= 100 } value)
        {
            return value;
        }

        return null;
    }

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";

    private sealed record ConversationResponse(string ConversationId, string Token, int Expires_in, string? StreamUrl = null);

    private sealed record ActivityResponse(string Id);
}
