using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BuurtBot.Tests.Steun;

/// <summary>The web chat link <c>/?steun=CODE</c> in a real browser: the page hands the code to the bot.</summary>
public sealed class WebChatShareLinkTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly KestrelBuurtBotApp _app = new();
    private IPage _page = null!;

    public async Task InitializeAsync() => _page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { Locale = "nl-NL" });

    public async Task DisposeAsync()
    {
        await _page.CloseAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task ANeighbourOpensTheLinkAgreesAndSupportsWithOneTap()
    {
        Assertions.SetDefaultExpectTimeout(15_000);
        var code = ShareCodes.New();
        await TestInitiatieven.SeedAsync(_app.Services, "Picknicktafel Lapersveld", "Zuidwest", shape: (i, now) => i.PublishApproved(code, now));

        await _page.GotoAsync(new Uri(_app.BaseAddress, $"/?steun={code}").ToString());
        await Assertions.Expect(_page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/$"));
        await _page.GetByRole(AriaRole.Button, new() { Name = "Ja, dat is goed" }).Last.ClickAsync();

        await Assertions.Expect(_page.Locator("#log li.bot", new() { HasText = "Picknicktafel Lapersveld" })).ToHaveCountAsync(1);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Ik steun dit" }).ClickAsync();
        await Assertions.Expect(_page.Locator("#log li.bot", new() { HasText = "Dank je wel!" })).ToHaveCountAsync(1);
        Assert.Equal(1, await _app.QueryAsync(db => db.Steun.CountAsync()));
    }
}
