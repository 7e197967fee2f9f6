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
