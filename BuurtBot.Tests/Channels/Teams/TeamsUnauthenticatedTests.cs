using System.Net;
using BuurtBot.Tests.Testing;

namespace BuurtBot.Tests.Channels.Teams;

public sealed class TeamsUnauthenticatedTests
{
    [Fact]
    public async Task WithoutAnAppIdEveryRequestIsUnauthorizedByDefault()
    {
        await using var teams = await TeamsTestChannel.StartAsync(authenticated: false);

        var response = await teams.PostAsync(teams.Message("hallo"), token: "");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal((0, 0), await teams.CountStoredAsync());
    }

    [Fact]
    public async Task AllowUnauthenticatedTakesALoopbackChannelAndRepliesWithoutAToken()
    {
        await using var teams = await TeamsTestChannel.StartAsync(authenticated: false, app => app.Settings["Teams:AllowUnauthenticated"] = "true");

        var response = await teams.PostAsync(teams.Message("hallo"), token: "");
        var reply = (await teams.Connector.WaitForAsync(1))[0];

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", reply.Authorization);
        Assert.Empty(teams.Identity.TokenRequests);
    }

    [Fact]
    public async Task AllowUnauthenticatedStillRefusesAServiceUrlOffTheMachine()
    {
        await using var teams = await TeamsTestChannel.StartAsync(authenticated: false, app => app.Settings["Teams:AllowUnauthenticated"] = "true");
        var activity = teams.Message("hallo");
        activity["serviceUrl"] = "https://attacker.example/";

        var response = await teams.PostAsync(activity, token: "");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal((0, 0), await teams.CountStoredAsync());
    }
}
