using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using BuurtBot.Turns;

namespace BuurtBot.Channels.Teams;

/// <summary>
/// Posts activities to the Bot Connector at the conversation's serviceUrl and reads the answer
/// as a send result: 429 waits for Retry-After, 412/5xx are retried, a blocked bot is unreachable.
/// </summary>
public sealed class TeamsConnectorClient(IHttpClientFactory httpClients, TimeProvider time)
{
    public const string HttpClientName = "BuurtBot.Teams.Connector";

    /// <summary>Error codes with which Teams says the bot cannot write to this resident any more.</summary>
    private static readonly string[] BlockedCodes = ["MessageWritesBlocked", "BotNotInConversationRoster", "BotDisabledByAdmin"];

    public static Uri ActivitiesUri(TeamsConversationReference reference, string? replyToId)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(reference.ConversationId)}/activities";
        if (!string.IsNullOrEmpty(replyToId))
        {
            path += "/" + Uri.EscapeDataString(replyToId);
        }

        return new Uri(new Uri(reference.ServiceUrl.TrimEnd('/') + "/"), path);
    }

    public async Task<SendResult> PostAsync(Uri uri, TeamsActivity activity, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = JsonContent.Create(activity, options: MessageJson.Options),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            return SendResult.Sent;
        }

        var code = await ErrorCodeAsync(response, cancellationToken);
        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => SendResult.RetryLater(RetryAfter(response), "429 Too Many Requests"),
            HttpStatusCode.Forbidden when BlockedCodes.Contains(code, StringComparer.OrdinalIgnoreCase) => SendResult.Blocked($"403 {code}"),
            HttpStatusCode.Unauthorized => SendResult.RetryLater(null, "401 from the connector"),
            HttpStatusCode.PreconditionFailed or HttpStatusCode.RequestTimeout or HttpStatusCode.InternalServerError
                or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout
                => SendResult.RetryLater(RetryAfter(response), $"{status} {code}".TrimEnd()),
            _ => SendResult.Refused($"{status} {code}".TrimEnd()),
        };
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
        return wait is { } w && w > TimeSpan.Zero ? (w > TimeSpan.FromMinutes(10) ? TimeSpan.FromMinutes(10) : w) : null;
    }

    /// <summary>Only the error code from the body: the message may quote the resident.</summary>
    private static async Task<string> ErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            using var document = JsonDocument.Parse(body.Length > 65536 ? body[..65536] : body);
            return document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                   && error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
                ? code.GetString() ?? ""
                : "";
        }
        catch (JsonException)
        {
            return "";
        }
    }
}
