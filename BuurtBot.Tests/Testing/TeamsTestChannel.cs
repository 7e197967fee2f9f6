using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Testing;

/// <summary>
/// A Teams tenant around the bot: the identity service, the connector, and the host configured
/// to trust them. Builds the activities Teams sends and posts them to <c>/api/messages</c>.
/// </summary>
public sealed class TeamsTestChannel : IAsyncDisposable
{
    private int _nextId = 1000;

    private TeamsTestChannel(TestBotFrameworkIdentity identity, FakeTeamsConnector connector, BuurtBotApp app)
    {
        Identity = identity;
        Connector = connector;
        App = app;
        Http = app.CreateClient();
    }

    public TestBotFrameworkIdentity Identity { get; }

    public FakeTeamsConnector Connector { get; }

    public BuurtBotApp App { get; }

    public HttpClient Http { get; }

    public const string BotId = "28:bot-id";
    public const string UserId = "29:resident-id";
    public const string TenantId = "tenant-1";

    /// <summary>Starts everything; <paramref name="authenticated"/> false runs the host without an app id.</summary>
    public static async Task<TeamsTestChannel> StartAsync(bool authenticated = true, Action<BuurtBotApp>? configure = null)
    {
        var identity = await TestBotFrameworkIdentity.StartAsync();
        var connector = await FakeTeamsConnector.StartAsync();
        var app = new BuurtBotApp { UseWelcomeBot = true };
        app.Settings["Teams:OpenIdMetadataUrl"] = identity.MetadataUrl;
        app.Settings["Teams:TokenAuthority"] = identity.Authority;
        app.Settings["Teams:KeyRefreshCooldown"] = "00:00:00";
        if (authenticated)
        {
            app.Settings["Teams:MicrosoftAppId"] = TestBotFrameworkIdentity.AppId;
            app.Settings["Teams:MicrosoftAppPassword"] = TestBotFrameworkIdentity.AppPassword;
        }

        app.ConfigureServices = services => services.AddHttpClient(BuurtBot.Channels.Teams.TeamsTokenProvider.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(identity.TrustingHandler);
        configure?.Invoke(app);
        return new TeamsTestChannel(identity, connector, app);
    }

    public JsonObject Message(string text, string conversationId = "a:personal-1", string conversationType = "personal", string? id = null) => new()
    {
        ["type"] = "message",
        ["id"] = id ?? NextId(),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = Connector.ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Bewoner", ["aadObjectId"] = "00000000-0000-0000-0000-000000000001" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "BuurtBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = conversationType, ["tenantId"] = TenantId },
        ["text"] = text,
        ["locale"] = "nl-NL",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };

    public JsonObject BotAdded(string conversationId = "a:personal-1", string conversationType = "personal") => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = NextId(),
        ["serviceUrl"] = Connector.ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = UserId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "BuurtBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = conversationType, ["tenantId"] = TenantId },
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId }),
    };

    /// <summary>Posts as Teams does: with a fresh valid token unless another (or none: "") is given.</summary>
    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token = null) =>
        PostRawAsync(activity.ToJsonString(), token ?? Identity.IssueToken(activity["serviceUrl"]!.GetValue<string>()));

    public Task<HttpResponseMessage> PostRawAsync(string body, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        if (token is { Length: > 0 })
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return Http.SendAsync(request);
    }

    public async Task<(int Inbox, int Conversations)> CountStoredAsync()
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        return (await db.Inbox.CountAsync(), await db.Conversations.CountAsync());
    }

    public async Task<T> QueryAsync<T>(Func<BuurtBotDbContext, Task<T>> query)
    {
        using var scope = App.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>());
    }

    /// <summary>Polls until the condition holds, failing after the deadline: no fixed sleeps.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }

            await Task.Delay(50);
        }
    }

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        App.Dispose();
        await Connector.DisposeAsync();
        await Identity.DisposeAsync();
    }
}
