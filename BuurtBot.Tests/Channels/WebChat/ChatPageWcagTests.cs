using BuurtBot.Tests.Testing;
using Microsoft.Playwright;

namespace BuurtBot.Tests.Channels.WebChat;

/// <summary>The chat page through <see cref="Wcag"/> in both languages, and the language of its bot messages.</summary>
public sealed class ChatPageWcagTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly KestrelBuurtBotApp _app = new() { UseWelcomeBot = true };

    public Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(15_000);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("nl-NL", "nl")]
    [InlineData("en-GB", "en")]
    public async Task TheChatPagePassesWcag(string locale, string language)
    {
        var page = await NewPageAsync(locale);
        await Wcag.AssertAsync(page, new WcagPage("/") { Language = language, Ready = "#log li.bot", LiveRegions = ["#log", "#status"] });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnEnglishBotMessageOnADutchPageIsMarkedEnglish()
    {
        // The real conversation, which switches language when asked.
        await using var app = new KestrelBuurtBotApp();
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "nl-NL" });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await Assertions.Expect(page.Locator("#log li.bot").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#log li.bot").First).Not.ToHaveAttributeAsync("lang", new System.Text.RegularExpressions.Regex("."));

        await page.GetByLabel("Je bericht").FillAsync("english");
        await page.Keyboard.PressAsync("Enter");

        // The bot now speaks English on a page that stays Dutch: its message says so.
        var english = page.Locator("#log li.bot[lang='en']");
        await Assertions.Expect(english.First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await Assertions.Expect(english.First).ToContainTextAsync("English");
        await Assertions.Expect(page.Locator("#log li.bot:not([lang])").First).ToContainTextAsync("BuurtBot");
        await page.Context.CloseAsync();
    }

    private async Task<IPage> NewPageAsync(string locale)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _app.BaseAddress.ToString(), Locale = locale });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }
}
