using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BuurtBot.Tests.Testing;

/// <summary>
/// The Bot Connector of a Teams tenant, on loopback: records every activity the bot posts (with
/// its path and Authorization header) and answers with scripted statuses, then 200.
/// </summary>
public sealed class FakeTeamsConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<(int Status, string? RetryAfter, string? Body)> _script = new();
    private LoopbackServer _server = null!;

    public string ServiceUrl => _server.BaseUri.ToString();

    public ConcurrentQueue<PostedActivity> Received { get; } = new();

    /// <summary>Every post, also the refused ones, in order.</summary>
    public ConcurrentQueue<PostedActivity> Attempts { get; } = new();

    public static async Task<FakeTeamsConnector> StartAsync()
    {
        var connector = new FakeTeamsConnector();
        connector._server = await LoopbackServer.StartAsync(connector.Map);
        return connector;
    }

    private readonly ConcurrentDictionary<string, byte[]> _attachments = new();

    /// <summary>Every fetch of an attachment, with the Authorization header it carried.</summary>
    public ConcurrentQueue<(string Path, string Authorization)> AttachmentRequests { get; } = new();

    /// <summary>
    /// A file a resident sent in Teams, as the Bot Connector keeps it: its URL answers only with the
    /// bot's token (401 without), as <c>…/v3/attachments/{id}/views/original</c> does.
    /// </summary>
    public string AddAttachment(string id, byte[] bytes)
    {
        _attachments[id] = bytes;
        return $"{ServiceUrl.TrimEnd('/')}/v3/attachments/{id}/views/original";
    }

    /// <summary>The next post gets this answer instead of 200.</summary>
    public void RespondNext(int status, string? retryAfter = null, string? body = null) => _script.Enqueue((status, retryAfter, body));

    public async Task<IReadOnlyList<PostedActivity>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < deadline)
        {
            if (Received.Count >= count)
            {
                return Received.ToList();
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Expected {count} activities at the connector, got {Received.Count}: {string.Join(" | ", Received.Select(r => r.Body.ToJsonString()))}");
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/v3/attachments/{id}/views/{view}", (string id, HttpRequest request) =>
        {
            var authorization = request.Headers.Authorization.ToString();
            AttachmentRequests.Enqueue((request.Path.Value ?? "", authorization));
            if (!authorization.StartsWith("Bearer bot-token-", StringComparison.Ordinal))
            {
                return Results.StatusCode(401);
            }

            return _attachments.TryGetValue(id, out var bytes) ? Results.Bytes(bytes, "image/jpeg") : Results.NotFound();
        });
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", async (string conversationId, string? replyToId, HttpRequest request, HttpResponse response) =>
        {
            var body = (await JsonNode.ParseAsync(request.Body))!.AsObject();
            var posted = new PostedActivity(conversationId, replyToId, request.Headers.Authorization.ToString(), body);
            Attempts.Enqueue(posted);
            if (_script.TryDequeue(out var scripted))
            {
                if (scripted.RetryAfter is not null)
                {
                    response.Headers.RetryAfter = scripted.RetryAfter;
                }

                return Results.Text(scripted.Body ?? "{}", "application/json", statusCode: scripted.Status);
            }

            Received.Enqueue(posted);
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}

public sealed record PostedActivity(string ConversationId, string? ReplyToId, string Authorization, JsonObject Body)
{
    public string Text => Body["text"]?.GetValue<string>() ?? Body["attachments"]?[0]?["content"]?["text"]?.GetValue<string>() ?? "";
}
