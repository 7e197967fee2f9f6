using System.Net;
using System.Text.Json.Nodes;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Channels.Teams;

public sealed class TeamsAuthenticationTests : IAsyncLifetime
{
    private TeamsTestChannel _teams = null!;

    public async Task InitializeAsync() => _teams = await TeamsTestChannel.StartAsync();

    public async Task DisposeAsync() => await _teams.DisposeAsync();

    [Fact]
    public async Task AValidTokenIsAcceptedAndTheMessageStored()
    {
        var response = await _teams.PostAsync(_teams.Message("hallo"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((1, 1), await _teams.CountStoredAsync());
    }

    [Theory]
    [InlineData("expired", HttpStatusCode.Unauthorized)]
    [InlineData("wrong audience", HttpStatusCode.Unauthorized)]
    [InlineData("wrong issuer", HttpStatusCode.Unauthorized)]
    [InlineData("wrong endorsement", HttpStatusCode.Forbidden)]
    [InlineData("serviceUrl mismatch", HttpStatusCode.Unauthorized)]
    [InlineData("unsigned", HttpStatusCode.Unauthorized)]
    [InlineData("tampered", HttpStatusCode.Unauthorized)]
    [InlineData("unknown key", HttpStatusCode.Unauthorized)]
    [InlineData("not a jwt", HttpStatusCode.Unauthorized)]
    [InlineData("none", HttpStatusCode.Unauthorized)]
    public async Task ABadTokenIsRejectedAndNothingStored(string kind, HttpStatusCode expected)
    {
        var activity = _teams.Message("hallo");
        var serviceUrl = _teams.Connector.ServiceUrl;
        var identity = _teams.Identity;
        var token = kind switch
        {
            "expired" => identity.IssueToken(serviceUrl, expires: DateTime.UtcNow.AddMinutes(-6)),
            "wrong audience" => identity.IssueToken(serviceUrl, audience: "another-bot"),
            "wrong issuer" => identity.IssueToken(serviceUrl, issuer: "https://sts.windows.net/evil/"),
            "wrong endorsement" => identity.IssueToken(serviceUrl, key: identity.AddKey("webchat")),
            "serviceUrl mismatch" => identity.IssueToken("https://attacker.example/"),
            "unsigned" => TestBotFrameworkIdentity.Unsigned(identity.IssueToken(serviceUrl)),
            "tampered" => TestBotFrameworkIdentity.Tampered(identity.IssueToken(serviceUrl)),
            "unknown key" => identity.IssueToken(serviceUrl, key: new Microsoft.IdentityModel.Tokens.RsaSecurityKey(System.Security.Cryptography.RSA.Create(2048)) { KeyId = "never-published" }),
            "not a jwt" => "abc.def",
            _ => "",
        };

        var response = await _teams.PostAsync(activity, token);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal((0, 0), await _teams.CountStoredAsync());
    }

    [Fact]
    public async Task ATokenFromTheFiveMinutesOfClockSkewIsStillAccepted()
    {
        var token = _teams.Identity.IssueToken(_teams.Connector.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-3));

        var response = await _teams.PostAsync(_teams.Message("hallo"), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ARotatedKeyIsFetchedWhenATokenNamesIt()
    {
        Assert.Equal(HttpStatusCode.OK, (await _teams.PostAsync(_teams.Message("eerste"))).StatusCode);
        var fetchesBefore = _teams.Identity.MetadataFetches;

        var rotated = _teams.Identity.AddKey("msteams");
        var response = await _teams.PostAsync(_teams.Message("tweede"), _teams.Identity.IssueToken(_teams.Connector.ServiceUrl, key: rotated));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(fetchesBefore + 1, _teams.Identity.MetadataFetches);
    }

    [Fact]
    public async Task TheSameActivityDeliveredTwiceIsStoredOnce()
    {
        var activity = _teams.Message("hallo", id: "same-activity");

        var first = await _teams.PostAsync(activity);
        var second = await _teams.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((1, 1), await _teams.CountStoredAsync());
    }

    [Theory]
    [InlineData("{\"type\":\"message\",\"text\":")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"type\":\"message\",\"text\":42}")]
    public async Task MalformedJsonIsABadRequestAndNothingStored(string body)
    {
        var response = await _teams.PostRawAsync(body, _teams.Identity.IssueToken(_teams.Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal((0, 0), await _teams.CountStoredAsync());
    }

    [Fact]
    public async Task AnOversizedBodyIsRefusedWith413()
    {
        var response = await _teams.PostAsync(_teams.Message(new string('a', 300 * 1024)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal((0, 0), await _teams.CountStoredAsync());
    }

    [Theory]
    [InlineData("messageReaction")]
    [InlineData("typing")]
    [InlineData("somethingNew")]
    public async Task UnknownActivityTypesAreAcknowledgedAndIgnored(string type)
    {
        var activity = _teams.Message("hallo");
        activity["type"] = type;

        var response = await _teams.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((0, 0), await _teams.CountStoredAsync());
    }

    [Fact]
    public async Task AnInvokeIsAnsweredInTheHttpResponse()
    {
        var activity = _teams.Message("");
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["data"] = new JsonObject { ["keuze"] = "groen" } } };

        var response = await _teams.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        var stored = await _teams.QueryAsync(db => db.Inbox.SingleAsync());
        Assert.Contains("groen", stored.Payload);
    }
}
