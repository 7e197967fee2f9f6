using BuurtBot.Dialogs.Messages;
using BuurtBot.Reminders;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BuurtBot.Tests.Turns;

/// <summary>
/// A message whose turn fails in every attempt: before, it was set aside in the inbox table and the
/// resident heard nothing. Now the resident gets a short apology with a way to reach a person, and the
/// coordinators' overview lists it with its error.
/// </summary>
public sealed class FailedTurnTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly KestrelBuurtBotApp _app = new()
    {
        ConfigureServices = services => services.AddSingleton<IConversationBot>(new ScriptedBot(m => m.Text == "boem"
            ? throw new InvalidOperationException("De test laat deze beurt altijd mislukken")
            : [OutboundMessage.FromText($"echo {m.Text}")])),
    };

    public Task InitializeAsync()
    {
        _app.Settings["Admin:SecureCookies"] = "false";
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task AMessageThatKeepsFailingGetsAnApologyAndShowsOnTheCoordinatorsOverview()
    {
        var chat = await DirectLineClient.StartAsync(_app.CreateClient());
        await chat.ReceiveBotMessagesAsync(1);
        await chat.SayAsync("boem");

        var apology = (await chat.ReceiveBotMessagesAsync(1, TimeSpan.FromSeconds(30))).Single();
        Assert.StartsWith("Sorry, er ging iets mis met je laatste bericht.", apology["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("typ 'mens'", apology["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["Praat met een buurtcoördinator"], DirectLineClient.ChoiceTitles(apology));

        // The conversation goes on: the next message is answered as usual.
        await chat.SayAsync("hallo");
        Assert.Equal("echo hallo", (await chat.ReceiveBotMessagesAsync(1)).Single()["text"]!.GetValue<string>());

        var task = await _app.QueryAsync(db => db.Set<CoordinatorTask>().AsNoTracking().SingleAsync(t => t.Kind == CoordinatorTaskKind.BerichtNietVerwerkt));
        var bea = await AdminAccounts.BeheerderAsync(_app.Services);
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _app.BaseAddress.ToString(), Locale = "nl-NL" });
        var page = await context.NewPageAsync();
        await AdminBrowserFixture.SignInAsync(page, bea.Email, AdminAccounts.Password);
        await page.GotoAsync("/admin/overzicht");
        var row = page.Locator("#tasks tr[data-kind='BerichtNietVerwerkt']");
        await Assertions.Expect(row).ToContainTextAsync("Bericht niet verwerkt");
        await Assertions.Expect(row).ToContainTextAsync("Fout: InvalidOperationException: De test laat deze beurt altijd mislukken");
        await Assertions.Expect(row.GetByRole(AriaRole.Link, new() { Name = "Gesprek" })).ToHaveAttributeAsync("href", $"/admin/gesprekken/{task.ConversationId}");
        await context.CloseAsync();
    }
}
