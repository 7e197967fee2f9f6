using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace BuurtBot.Channels.Telegram;

/// <summary>
/// The webhook Telegram posts updates to. A caller without our secret is refused before the body
/// is read; an update is stored before the 200 that tells Telegram it need not send it again.
/// </summary>
internal static class TelegramEndpoints
{
    public const string WebhookPath = "/telegram/webhook";
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    private const int MaxBodyBytes = 1024 * 1024;

    public static RouteGroupBuilder MapTelegramWebhook(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/telegram").WithTags("Telegram");
        group.MapPost("/webhook", ReceiveAsync);
        return group;
    }

    private static async Task<IResult> ReceiveAsync(HttpRequest request, IOptions<TelegramOptions> options, TelegramUpdateHandler handler, CancellationToken cancellationToken)
    {
        if (!HasSecret(request, options.Value.WebhookSecret))
        {
            return Results.Json(new { ok = false, description = "Unauthorized: wrong or missing secret token." }, statusCode: StatusCodes.Status401Unauthorized);
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        // Read with a bound of our own: a chunked body has no Content-Length to check beforehand.
        using var body = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            body.Write(chunk, 0, read);
            if (body.Length > MaxBodyBytes)
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }
        }

        Update? update;
        try
        {
            update = JsonSerializer.Deserialize<Update>(body.GetBuffer().AsSpan(0, (int)body.Length), JsonBotAPI.Options);
        }
        catch (JsonException)
        {
            update = null;
        }

        if (update is null)
        {
            return Results.Json(new { ok = false, description = "Bad Request: the body is not a Telegram update." }, statusCode: StatusCodes.Status400BadRequest);
        }

        var method = await handler.HandleAsync(update, answerInWebhookResponse: true, cancellationToken);
        return method is null ? Results.Ok() : Results.Json(method);
    }

    private static bool HasSecret(HttpRequest request, string? secret)
    {
        var presented = request.Headers[SecretHeader].ToString();
        return !string.IsNullOrEmpty(secret)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(presented));
    }
}
