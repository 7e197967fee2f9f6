using System.Net.Http.Headers;

namespace BuurtBot.Tests.Public;

/// <summary>The accessibility statement says what the Wcag tests check, honestly: status C, no audit claimed.</summary>
public sealed class ToegankelijkheidTests(PublicBrowserFixture fixture) : IClassFixture<PublicBrowserFixture>
{
    [Theory]
    [InlineData("nl-NL", "Status C: eerste maatregelen genomen", "nog niet door een onafhankelijke deskundige onderzocht")]
    [InlineData("en-GB", "Status C: first measures taken", "not yet examined by an independent expert")]
    public async Task TheStatementListsEveryAutomatedCheckAndClaimsNoAudit(string locale, string status, string noAudit)
    {
        using var http = new HttpClient { BaseAddress = fixture.App.BaseAddress };
        http.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(locale));

        var page = await http.GetStringAsync("/toegankelijkheid");

        Assert.Contains(status, page, StringComparison.Ordinal);
        Assert.Contains(noAudit, page, StringComparison.Ordinal);
        foreach (var check in new[] { "axe-core", "1.4.10", "1.4.4", "1.4.12", "2.1.1", "2.4.3", "2.4.7", "4.1.3", "3.1.1", "3.1.2", "1.4.3", "1.4.11" })
        {
            Assert.Contains(check, page, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/kaart")]
    [InlineData("/open-data")]
    [InlineData("/buurtmonitor")]
    [InlineData("/toegankelijkheid")]
    public async Task EveryPublicPageLinksToTheStatementInItsFooter(string path)
    {
        using var http = new HttpClient { BaseAddress = fixture.App.BaseAddress };

        var page = await http.GetStringAsync(path);

        var footer = page[page.IndexOf("<footer", StringComparison.Ordinal)..];
        Assert.Contains("<a href=\"/toegankelijkheid\">Toegankelijkheid</a>", footer, StringComparison.Ordinal);
    }
}
