using BuurtBot.Tests.Testing;

namespace BuurtBot.Tests.Public;

/// <summary>Every public page through <see cref="Wcag"/>, in Dutch and in English.</summary>
public sealed class PublicPagesWcagTests(PublicBrowserFixture fixture) : IClassFixture<PublicBrowserFixture>
{
    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public async Task TheMapPassesWcag(string language) => await CheckAsync(new WcagPage("/kaart") { Language = language, Ready = ".leaflet-marker-icon" });

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public async Task APublishedInitiatiefPassesWcag(string language) => await CheckAsync(new WcagPage($"/kaart/{fixture.Seed.Moestuin.Id:D}") { Language = language });

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public async Task TheOpenDataPagePassesWcag(string language) => await CheckAsync(new WcagPage("/open-data") { Language = language });

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public async Task TheBuurtmonitorPassesWcag(string language) => await CheckAsync(new WcagPage("/buurtmonitor") { Language = language });

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public async Task TheAccessibilityStatementPassesWcag(string language) => await CheckAsync(new WcagPage("/toegankelijkheid") { Language = language });

    private async Task CheckAsync(WcagPage target)
    {
        var page = await fixture.NewPageAsync(locale: target.Language == "en" ? "en-GB" : "nl-NL");
        await Wcag.AssertAsync(page, target);
        await page.Context.CloseAsync();
    }
}
