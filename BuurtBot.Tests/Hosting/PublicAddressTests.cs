using BuurtBot.Hosting;
using BuurtBot.Steun;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Hosting;

/// <summary>
/// Links and QR codes point at the address in configuration, never at a request's Host header: before,
/// the first request's Host decided where every poster's QR code pointed until the next restart.
/// </summary>
public sealed class PublicAddressTests
{
    [Fact]
    public async Task AHostHeaderNeverShowsUpInAShareLinkOrQrCode()
    {
        await using var app = new KestrelBuurtBotApp();
        using (var raw = new HttpClient { BaseAddress = app.BaseAddress })
        {
            // The first requests this process serves, all with a forged Host header.
            foreach (var path in new[] { "/health/live", "/", "/steun/ABCDEFGHJK/qr.svg" })
            {
                using var forged = new HttpRequestMessage(HttpMethod.Get, path);
                forged.Headers.Host = "evil.example";
                using var response = await raw.SendAsync(forged);
            }
        }

        var chat = await ResidentChat.WithConsentAsync(app);
        await chat.ExpectReply(contains: "Wat wil je doen?");
        var initiatief = await TestInitiatieven.SeedAsync(app.Services, "Moestuin Oost", "Oost", await chat.ResidentIdAsync(app));
        await chat.Tap("Mijn initiatieven");
        await chat.ExpectReply(contains: "Dit zijn jouw initiatieven");
        await chat.ExpectReply(contains: "Over welk initiatief");
        await chat.Tap("Moestuin Oost");
        await chat.ExpectReply(contains: "Moestuin Oost");
        await chat.ExpectReply(contains: "Wat wil je doen?", buttons: ["Openbaar maken", "Intrekken", "Terug naar het menu"]);
        await chat.Tap("Openbaar maken");
        await chat.ExpectReply(contains: "Mag je initiatief openbaar worden?");
        await chat.Tap("Ja, maak openbaar");
        var links = (await chat.ExpectReply(contains: "is nu openbaar"))["text"]!.GetValue<string>();

        var code = (await app.QueryAsync(db => db.Initiatieven.AsNoTracking().SingleAsync(i => i.Id == initiatief.Id))).ShareCode!;
        var listening = app.BaseAddress.ToString().TrimEnd('/');
        Assert.DoesNotContain("evil.example", links, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"{listening}/?steun={code}", links, StringComparison.Ordinal);
        Assert.Contains($"{listening}/steun/{code}/qr.svg", links, StringComparison.Ordinal);
        // What the QR code holds.
        Assert.Equal($"{listening}/?steun={code}", app.Services.GetRequiredService<ShareLinks>().WebChat(code));
    }

    [Fact]
    public async Task InProductionWithoutAPublicAddressTheBotRefusesToStartAndNamesTheSetting()
    {
        var database = Path.Combine(Path.GetTempPath(), $"buurtbot-public-{Guid.NewGuid():N}.db");
        try
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
                HostProcess.StartAsync(database, new Dictionary<string, string?> { [PublicAddress.Key] = null }, timeout: TimeSpan.FromMinutes(2)));
            Assert.Contains("exited", error.Message, StringComparison.Ordinal);
            Assert.Contains("Hosting:PublicBaseUrl", error.Message, StringComparison.Ordinal);
            Assert.Contains("AllowedHosts", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            HostProcess.DeleteDatabase(database);
        }
    }

    [Theory]
    [InlineData("https://buurtbot.hilversum.nl/", null, null, "https://buurtbot.hilversum.nl")]
    [InlineData(null, "https://oud.example.nl", "*", "https://oud.example.nl")]
    [InlineData(null, null, "buurtbot.hilversum.nl;www.hilversum.nl", "https://buurtbot.hilversum.nl")]
    [InlineData(null, null, "*.hilversum.nl;buurtbot.hilversum.nl", "https://buurtbot.hilversum.nl")]
    [InlineData(null, null, "*", null)]
    [InlineData("not a url", null, "*", null)]
    public void TheAddressComesFromTheSettingOrTheAllowedHosts(string? publicBaseUrl, string? older, string? allowedHosts, string? expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [PublicAddress.Key] = publicBaseUrl,
            [PublicAddress.OlderKey] = older,
            ["AllowedHosts"] = allowedHosts,
        }).Build();
        Assert.Equal(expected, PublicAddress.FromConfiguration(configuration));
    }
}
