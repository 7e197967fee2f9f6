using System.Globalization;
using System.Resources;
using BuurtBot.Admin.Accounts;
using BuurtBot.Channels.WebChat;
using BuurtBot.Public;
using BuurtBot.Public.Toegankelijkheid;
using BuurtBot.Tests.Public;
using Microsoft.Playwright;

namespace BuurtBot.Tests.Languages;

/// <summary>
/// Page languages: Dutch by default, English by the visible switch or the browser's Accept-Language, every text
/// from resources. An English page holds none of the Dutch texts of its resources, and a Dutch page none of the English.
/// </summary>
public sealed class PageLanguageTests(PublicBrowserFixture fixture) : IClassFixture<PublicBrowserFixture>
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private static readonly string[] Pages = ["/", "/kaart", "/open-data", "/buurtmonitor", "/toegankelijkheid"];

    [Fact]
    public async Task TheSwitchTurnsEveryPublicPageEnglishAndBack()
    {
        var page = await fixture.NewPageAsync(locale: "nl-NL");
        await page.GotoAsync("/buurtmonitor?wijk=Centrum");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");

        var english = page.GetByRole(AriaRole.Link, new() { Name = "English" });
        await Assertions.Expect(english).ToHaveAttributeAsync("lang", "en");
        await english.ClickAsync();

        // Back on the same page with its query, now in English; and every other page follows the choice.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/buurtmonitor\\?wijk=Centrum$"));
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Neighbourhood monitor", Level = 1 })).ToBeVisibleAsync();
        foreach (var path in Pages)
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await AssertNoTextsOfAsync(page, path, Dutch);
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Nederlands" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnEnglishBrowserGetsEnglishPagesAndADutchOneDutch()
    {
        var english = await fixture.NewPageAsync(locale: "en-GB");
        var dutch = await fixture.NewPageAsync(locale: "nl-NL");
        foreach (var path in Pages)
        {
            await english.GotoAsync(path);
            await Assertions.Expect(english.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await AssertNoTextsOfAsync(english, path, Dutch);
            await dutch.GotoAsync(path);
            await Assertions.Expect(dutch.Locator("html")).ToHaveAttributeAsync("lang", "nl");
            await AssertNoTextsOfAsync(dutch, path, English);
        }

        await Assertions.Expect(english.Locator("h1")).ToHaveTextAsync("Accessibility statement");
        await english.Context.CloseAsync();
        await dutch.Context.CloseAsync();
    }

    [Fact]
    public async Task TheSwitchOnlyGoesBackToAPageOfThisSite()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.App.BaseAddress };

        var unknown = await http.GetAsync("/taal?naar=fr&terug=/kaart");
        var away = await http.GetAsync("/taal?naar=en&terug=//evil.example/x");

        Assert.Equal("/", away.Headers.Location?.OriginalString);
        Assert.Contains("buurtbot-taal=en", string.Join(";", away.Headers.GetValues("Set-Cookie")), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("nl (Nederlands) of en (English)", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void ThePasswordRulesAreInDutchAndInEnglish()
    {
        var errors = new LocalizedIdentityErrors();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Dutch;
            Assert.Equal("Het wachtwoord moet minstens 12 tekens lang zijn.", errors.PasswordTooShort(12).Description);
            CultureInfo.CurrentUICulture = English;
            Assert.Equal("The password must be at least 12 characters long.", errors.PasswordTooShort(12).Description);
            Assert.Equal("The password must have a digit (0-9).", errors.PasswordRequiresDigit().Description);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }

        AssertTranslated(IdentityErrorTexts.ResourceManager);
    }

    [Fact]
    public void EveryPageTextHasAnEnglishTranslation()
    {
        foreach (var resources in new[] { PublicTexts.ResourceManager, ChatPageTexts.ResourceManager, StatementTexts.ResourceManager, BuurtBot.Languages.PageTexts.ResourceManager })
        {
            AssertTranslated(resources);
        }
    }

    private static void AssertTranslated(ResourceManager resources)
    {
        var dutch = resources.GetResourceSet(CultureInfo.InvariantCulture, true, false)!;
        var english = resources.GetResourceSet(English, true, false)!;
        foreach (System.Collections.DictionaryEntry entry in dutch)
        {
            var key = (string)entry.Key;
            Assert.False(english.GetString(key) is null, $"{resources.BaseName}: no English text for {key}");
        }
    }

    /// <summary>The page's visible text contains no text of the other language's resources (long enough to be telling).</summary>
    private static async Task AssertNoTextsOfAsync(IPage page, string path, CultureInfo other)
    {
        // The page's own words: parts marked with another language (dataset descriptions in Dutch) are not leftovers.
        var body = await page.EvaluateAsync<string>("""
            (() => { const own = document.body.cloneNode(true); const lang = document.documentElement.lang;
                     own.querySelectorAll("[lang]").forEach(e => { if (e.getAttribute("lang") !== lang) e.remove(); });
                     own.querySelectorAll("script").forEach(e => e.remove()); return own.textContent; })()
            """);
        var leftovers = new List<string>();
        foreach (var resources in new[] { PublicTexts.ResourceManager, ChatPageTexts.ResourceManager, StatementTexts.ResourceManager, BuurtBot.Languages.PageTexts.ResourceManager })
        {
            var set = resources.GetResourceSet(CultureInfo.InvariantCulture, true, false)!;
            foreach (System.Collections.DictionaryEntry entry in set)
            {
                var key = (string)entry.Key;
                var mine = resources.GetString(key, other == Dutch ? English : Dutch) ?? "";
                var theirs = resources.GetString(key, other) ?? "";
                // The same word in both languages ("Status", "Open data") or a part with a placeholder says nothing.
                var sample = theirs.Split('{')[0].Trim();
                if (sample.Length < 8 || string.Equals(theirs, mine, StringComparison.Ordinal) || mine.Contains(sample, StringComparison.Ordinal))
                {
                    continue;
                }

                if (key is "SwitchName")
                {
                    continue; // the switch names the other language, in that language, on purpose
                }

                if (body.Contains(sample, StringComparison.Ordinal))
                {
                    leftovers.Add($"{key}: {sample}");
                }
            }
        }

        Assert.True(leftovers.Count == 0, $"{path} in {(other == Dutch ? "English" : "Dutch")} shows texts of the other language:\n" + string.Join("\n", leftovers));
    }
}
