using System.Text.Json;
using BuurtBot.Turns;
using Microsoft.Extensions.Options;

namespace BuurtBot.Channels.Teams;

/// <summary>
/// <c>POST /api/messages</c>, the Bot Framework messaging endpoint: authenticate, store in the
/// inbox, answer 200. Replies go out later through the connector, never in this response,
/// except for invoke activities, which Teams expects answered here.
/// </summary>
internal static class TeamsEndpoints
{
    public static RouteGroupBuilder MapTeamsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Teams");
        group.MapPost("/messages", ReceiveAsync);
        return group;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpRequest request,
        TeamsRequestAuthenticator authenticator,
        ServiceUrlPolicy serviceUrls,
        Inbox inbox,
        TeamsPhotoDownloader photos,
        IOptions<TeamsOptions> options,
        CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var authorization = request.Headers.Authorization.ToString();
        if (!settings.HasAppId && !settings.AllowUnauthenticated)
        {
            return Error(StatusCodes.Status401Unauthorized, "Unauthorized", "The Teams channel is not configured: set Teams__MicrosoftAppId.");
        }

        if (settings.HasAppId && !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Error(StatusCodes.Status401Unauthorized, "Unauthorized", "Send the Bot Framework's bearer token.");
        }

        var (activity, readError) = await ReadAsync(request, settings.MaxRequestBytes, cancellationToken);
        if (readError is not null)
        {
            return readError;
        }

        if (!ServiceUrlPolicy.IsAcceptable(activity!.ServiceUrl, out var serviceUri))
        {
            return Error(StatusCodes.Status400BadRequest, "BadArgument", "The activity needs an https serviceUrl.");
        }

        bool authenticated;
        if (settings.HasAppId)
        {
            var outcome = await authenticator.AuthenticateAsync(authorization, activity.ChannelId, activity.ServiceUrl, cancellationToken);
            if (outcome != TeamsAuthOutcome.Authenticated)
            {
                return outcome == TeamsAuthOutcome.Forbidden
                    ? Error(StatusCodes.Status403Forbidden, "Forbidden", "The token's signing key does not endorse this channel.")
                    : Error(StatusCodes.Status401Unauthorized, "Unauthorized", "The bearer token is not valid for this bot.");
            }

            authenticated = true;
        }
        else
        {
            if (!serviceUrls.AcceptsUnauthenticated(serviceUri!))
            {
                return Error(StatusCodes.Status401Unauthorized, "Unauthorized", "Unauthenticated requests may only use a loopback or allowlisted serviceUrl.");
            }

            authenticated = false;
        }

        if (TeamsActivityTranslator.ReferenceOf(activity, authenticated) is not { } reference)
        {
            return Error(StatusCodes.Status400BadRequest, "BadArgument", "The activity needs a conversation id, a channelId and a serviceUrl.");
        }

        if (TeamsActivityTranslator.ToEnvelope(activity, reference) is { } envelope)
        {
            await inbox.StoreAsync(await photos.FetchAsync(envelope, reference, cancellationToken), cancellationToken);
        }

        return activity.Type == "invoke" ? InvokeResponse(activity) : Results.Ok();
    }

    /// <summary>Invokes are answered in the HTTP response; unknown invokes get an empty 200 so Teams shows no error.</summary>
    private static IResult InvokeResponse(TeamsActivity activity) => activity.Name switch
    {
        "adaptiveCard/action" => Results.Json(new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = "" }),
        "healthCheck" => Results.Json(new { healthResults = new { success = true } }),
        _ => Results.Json(new { }),
    };

    private static async Task<(TeamsActivity? Activity, IResult? Error)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return (null, TooLarge(maxBytes));
            }
        }

        try
        {
            var activity = JsonSerializer.Deserialize<TeamsActivity>(buffer.ToArray(), MessageJson.Options);
            return activity is null
                ? (null, Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be a JSON activity object."))
                : (activity, null);
        }
        catch (JsonException)
        {
            return (null, Error(StatusCodes.Status400BadRequest, "BadArgument", "The body is not a valid activity."));
        }
    }

    private static IResult TooLarge(int maxBytes) =>
        Error(StatusCodes.Status413PayloadTooLarge, "MessageTooLarge", $"The request body may be at most {maxBytes} bytes.");

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);
}
