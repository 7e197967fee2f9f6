using System.Net;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Channels.Teams;

public sealed class TeamsConversationTests : IAsyncLifetime
{
    private static readonly string[] MainMenu = ["Nieuw initiatief", "Mijn initiatieven", "Praat met een buurtcoördinator", "Privacy"];

    private TeamsTestChannel _teams = null!;

    public async Task InitializeAsync() => _teams = await TeamsTestChannel.StartAsync();

    public async Task DisposeAsync() => await _teams.DisposeAsync();

    [Fact]
    public async Task AResidentWhoAddsTheBotAndSaysHalloSeesTheWelcomeAndTheMenuTwice()
    {
        await _teams.PostAsync(_teams.BotAdded());
        var welcome = (await _teams.Connector.WaitForAsync(1))[0];
        var hallo = _teams.Message("hallo");
        await _teams.PostAsync(hallo);
        var reply = (await _teams.Connector.WaitForAsync(2))[1];

        // The welcome is a new message (nothing to reply to); the answer replies to the resident's activity.
        Assert.Null(welcome.ReplyToId);
        Assert.Equal(hallo["id"]!.GetValue<string>(), reply.ReplyToId);
        Assert.Equal("a:personal-1", reply.ConversationId);
        foreach (var activity in new[] { welcome, reply })
        {
            Assert.Contains("BuurtBot", activity.Text);
            Assert.Equal(MainMenu, Buttons(activity));
            Assert.Equal("application/vnd.microsoft.card.hero", activity.Body["attachments"]![0]!["contentType"]!.GetValue<string>());
            Assert.Equal("expectingInput", activity.Body["inputHint"]!.GetValue<string>());
            Assert.Equal("nl-NL", activity.Body["locale"]!.GetValue<string>());
            Assert.Equal(TeamsTestChannel.BotId, activity.Body["from"]!["id"]!.GetValue<string>());
            Assert.StartsWith("Bearer bot-token-", activity.Authorization);
        }
    }

    [Fact]
    public async Task TheBotsTokenIsFetchedWithClientCredentialsOnceAndReused()
    {
        await _teams.PostAsync(_teams.Message("een"));
        await _teams.PostAsync(_teams.Message("twee"));
        await _teams.PostAsync(_teams.Message("drie"));
        var sent = await _teams.Connector.WaitForAsync(3);

        var request = Assert.Single(_teams.Identity.TokenRequests);
        Assert.Equal("client_credentials", request["grant_type"]);
        Assert.Equal(TestBotFrameworkIdentity.AppId, request["client_id"]);
        Assert.Equal("https://api.botframework.com/.default", request["scope"]);
        Assert.Equal("botframework.com", request["tenant"]);
        Assert.All(sent, s => Assert.Equal("Bearer bot-token-1", s.Authorization));
    }

    [Fact]
    public async Task InAGroupChatTheMentionIsStrippedAndTheMenuIsAHeroCard()
    {
        var response = await _teams.PostAsync(_teams.Message("<at>BuurtBot</at> hallo", conversationId: "19:group@thread.v2", conversationType: "groupChat"));
        var reply = (await _teams.Connector.WaitForAsync(1))[0];

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var said = await _teams.QueryAsync(db => db.Transcript.Where(t => t.Author == TranscriptAuthor.Resident).Select(t => t.Text).SingleAsync());
        Assert.Equal("hallo", said);
        Assert.Equal(MainMenu, Buttons(reply));
        Assert.Null(reply.Body["suggestedActions"]);
    }

    [Fact]
    public async Task A429IsRetriedAfterRetryAfterAndThenDelivered()
    {
        _teams.Connector.RespondNext(429, retryAfter: "1");

        await _teams.PostAsync(_teams.Message("hallo"));
        var reply = (await _teams.Connector.WaitForAsync(1))[0];

        Assert.Equal(2, _teams.Connector.Attempts.Count);
        Assert.Contains("BuurtBot", reply.Text);

        // The sender records the outcome after the Connector has answered, so the row may still read Pending here.
        await TeamsTestChannel.WaitUntilAsync(
            () => _teams.QueryAsync(db => db.Outbox.AnyAsync(o => o.Status != OutboxStatus.Pending)), "the reply's outcome to be recorded");
        var outbox = await _teams.QueryAsync(db => db.Outbox.SingleAsync());
        Assert.Equal(OutboxStatus.Sent, outbox.Status);
        Assert.Equal(2, outbox.Attempts);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(412)]
    public async Task ATransientErrorIsRetried(int status)
    {
        _teams.Connector.RespondNext(status);

        await _teams.PostAsync(_teams.Message("hallo"));

        await _teams.Connector.WaitForAsync(1, TimeSpan.FromSeconds(20));
        Assert.Equal(2, _teams.Connector.Attempts.Count);
    }

    [Fact]
    public async Task A403MessageWritesBlockedMarksTheResidentUnreachable()
    {
        _teams.Connector.RespondNext(403, body: """{"error":{"code":"MessageWritesBlocked","message":"blocked"}}""");

        await _teams.PostAsync(_teams.Message("hallo"));

        await TeamsTestChannel.WaitUntilAsync(
            () => _teams.QueryAsync(db => db.Outbox.AnyAsync(o => o.Status == OutboxStatus.Failed)), "the reply to be given up on");
        Assert.True(await _teams.QueryAsync(db => db.Conversations.Select(c => c.Unreachable).SingleAsync()));
        Assert.Empty(_teams.Connector.Received);
    }

    [Fact]
    public async Task AMessageWithoutAnActivityToAnswerIsSentProactivelyWithTheStoredReference()
    {
        await _teams.PostAsync(_teams.Message("hallo"));
        await _teams.Connector.WaitForAsync(1);
        var conversation = await _teams.QueryAsync(db => db.Conversations.SingleAsync());

        await _teams.QueryAsync(async db =>
        {
            db.Outbox.Add(new OutboxItem
            {
                ConversationId = conversation.Id,
                Channel = "teams",
                Payload = """{"text":"Hoe gaat het met jullie buurtdeal?","inputHint":"expectingInput"}""",
                CreatedUtc = DateTime.UtcNow,
                NextAttemptUtc = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        var checkIn = (await _teams.Connector.WaitForAsync(2))[1];

        Assert.Null(checkIn.ReplyToId);
        Assert.Equal("a:personal-1", checkIn.ConversationId);
        Assert.Equal("Hoe gaat het met jullie buurtdeal?", checkIn.Text);
        Assert.Equal(TeamsTestChannel.UserId, checkIn.Body["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal(TeamsTestChannel.TenantId, checkIn.Body["conversation"]!["tenantId"]!.GetValue<string>());
        Assert.Contains("\"serviceUrl\"", conversation.ChannelData);
        Assert.DoesNotContain("Bewoner", conversation.ChannelData);
    }

    private static IReadOnlyList<string> Buttons(PostedActivity activity) =>
        activity.Body["attachments"]?.AsArray()
            .SelectMany(a => a!["content"]!["buttons"]!.AsArray().Select(b => b!["title"]!.GetValue<string>()))
            .ToList() ?? [];
}
