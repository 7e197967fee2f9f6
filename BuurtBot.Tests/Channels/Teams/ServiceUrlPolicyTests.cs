using BuurtBot.Channels.Teams;
using Microsoft.Extensions.Options;

namespace BuurtBot.Tests.Channels.Teams;

public sealed class ServiceUrlPolicyTests
{
    private static readonly ServiceUrlPolicy Policy = new(Options.Create(new TeamsOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "pw" }));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", false, true)]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/", false, true)]
    [InlineData("https://attacker.example/", false, false)]
    [InlineData("http://smba.trafficmanager.net/emea/", false, false)]
    [InlineData("https://attacker.example/", true, true)]
    public void TheTokenGoesOnlyToAnAuthenticatedOrAllowlistedServiceUrl(string serviceUrl, bool authenticated, bool expected)
    {
        var reference = new TeamsConversationReference { ServiceUrl = serviceUrl, ChannelId = "msteams", ConversationId = "a:1", Authenticated = authenticated };

        Assert.Equal(expected, Policy.MaySendToken(reference));
    }

    [Fact]
    public void WithoutAnAppIdNoTokenIsEverSent()
    {
        var policy = new ServiceUrlPolicy(Options.Create(new TeamsOptions()));
        var reference = new TeamsConversationReference { ServiceUrl = "https://smba.trafficmanager.net/emea/", ChannelId = "msteams", ConversationId = "a:1", Authenticated = true };

        Assert.False(policy.MaySendToken(reference));
    }

    [Theory]
    [InlineData("http://127.0.0.1:3978/", true)]
    [InlineData("http://localhost:3978/", true)]
    [InlineData("http://10.0.0.5/", false)]
    [InlineData("https://smba.trafficmanager.net/emea/", true)]
    [InlineData("https://elsewhere.example/", false)]
    public void UnauthenticatedRequestsMayOnlyNameLoopbackOrAllowlistedServiceUrls(string serviceUrl, bool expected) =>
        Assert.Equal(expected, Policy.AcceptsUnauthenticated(new Uri(serviceUrl)));
}
