using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using BuurtBot.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace BuurtBot.Tests.Channels.WebChat;

/// <summary>
/// Microsoft Web Chat (the npm bundle) on the municipality's site, a second origin, with the README's embed
/// snippet, in Chromium, talking to the real host on loopback: what a resident sees there.
/// </summary>
public sealed class WebChatOnAnotherSiteTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private WebChatEmbedPage _site = null!;
    private IBrowserContext _context = null!;

    public async Task InitializeAsync()
    {
        _site = await WebChatEmbedPage.StartAsync();
        _context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL" });
        _context.SetDefaultTimeout(15_000);
    }

    public async Task DisposeAsync()
    {
        await _context.CloseAsync();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task AResidentCompletesTheIntakeAndEveryTapShowsTheButtonsTitle()
    {
        await using var app = new KestrelBuurtBotApp();
        app.Settings["WebChat:AllowedOrigins:0"] = _site.Origin;
        _site.ShowChatOf(app.BaseAddress);
        var resident = await OpenAsync();

        var script = new IntakeScript(1);
        var said = new List<string>();
        var botSeen = 0;
        string? summary = null;
        while (true)
        {
            var (question, screen) = await NextQuestionAsync(resident, botSeen);
            botSeen = screen.Bot.Count;
            summary ??= screen.Bot.Select(b => b.Text).FirstOrDefault(t => t.Contains("Dit is je initiatief:", StringComparison.Ordinal));
            var answer = script.Answer(question.Text, [.. screen.Buttons.Select(t => new PromptButton(t, t))]);
            if (answer is null)
            {
                break;
            }

            var sent = answer.Button?.Title ?? answer.Text!;
            if (answer.Button is { } button)
            {
                await resident.TapAsync(button.Title);
            }
            else
            {
                await resident.TypeAsync(sent);
            }

            // The resident's own bubble says what they tapped or typed: the title, never the choice's value.
            var after = await resident.WaitForAsync(s => s.Mine.Count == said.Count + 1, $"the resident's bubble for '{sent}'");
            Assert.Equal(sent, after.Mine[^1]);
            said.Add(sent);
        }

        Assert.True(script.Submitted, "The intake was not submitted.");
        Assert.True(said.Count > 15, $"Only {said.Count} answers: {string.Join(" | ", said)}");

        // The summary the resident must check shows its lines, one paragraph each, as the bot wrote them.
        Assert.NotNull(summary);
        var summaryBubble = (await resident.ReadAsync()).Bot.First(b => b.Text.Contains("Dit is je initiatief:", StringComparison.Ordinal));
        Assert.True(summaryBubble.PlainLines.Count >= 5, $"The summary shows as {summaryBubble.PlainLines.Count} paragraph(s): {summaryBubble.Text}");
        Assert.Contains(summaryBubble.PlainLines, l => l.Contains("Bankje bij speeltuin 1", StringComparison.Ordinal));

        // No choice's value is what the resident said, anywhere: their bubbles, the transcript, the admin view, the stored initiatief.
        var stored = await StoredAsync(app);
        Assert.NotEmpty(stored.Codes);
        Assert.DoesNotContain(said, stored.Codes.Contains);
        Assert.Equal(said, stored.ResidentLines);
        Assert.DoesNotContain(stored.InitiatiefTexts, t => t is not null && stored.Codes.Contains(t));
        Assert.Equal(said, await AdminTranscriptAsync(app, stored.ConversationId));
    }

    [Fact]
    public async Task AnExpiredTokenStartsAFreshChatInsteadOfAStoppedOne()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new KestrelBuurtBotApp { UseWelcomeBot = true, ConfigureServices = services => services.AddSingleton<TimeProvider>(clock) };
        app.Settings["WebChat:AllowedOrigins:0"] = _site.Origin;
        _site.ShowChatOf(app.BaseAddress);
        var resident = await OpenAsync();
        await resident.WaitForAsync(s => s.Buttons.Contains("Privacy"), "the welcome's buttons");
        var conversations = await ConversationCountAsync(app);

        // The laptop slept past the token's life: the stream closes, and the reconnect hears 403 TokenExpired.
        clock.Advance(TimeSpan.FromMinutes(31));

        await resident.WaitForAsync(_ => ConversationCountAsync(app).GetAwaiter().GetResult() == conversations + 1, "a new conversation from the snippet", TimeSpan.FromSeconds(30));
        var fresh = await resident.WaitForAsync(s => s.Buttons.Contains("Privacy"), "the new chat's welcome");
        await resident.TapAsync("Privacy");
        await resident.WaitForAsync(s => s.Mine.Count > 0 && s.Mine[^1] == "Privacy" && s.Bot.Count > fresh.Bot.Count, "an answer in the new chat");
    }

    private async Task<WebChatResident> OpenAsync()
    {
        var page = await _context.NewPageAsync();
        await page.GotoAsync(_site.Address.ToString());
        return new WebChatResident(page);
    }

    /// <summary>Reads new bot bubbles until one asks something (buttons, or a question without them), and lets the buttons settle.</summary>
    private static async Task<(WebChatResident.Bubble Question, WebChatResident.Screen Screen)> NextQuestionAsync(WebChatResident resident, int botSeen)
    {
        bool Asks(WebChatResident.Screen s) => s.Bot.Count > botSeen && IntakeScript.IsQuestion(s.Bot[^1].Text, [.. s.Buttons.Select(t => new PromptButton(t, t))]);
        await resident.WaitForAsync(Asks, "the bot's next question");
        await Task.Delay(300);
        var screen = await resident.WaitForAsync(Asks, "the bot's next question");
        return (screen.Bot[^1], screen);
    }

    private sealed record Stored(Guid ConversationId, IReadOnlySet<string> Codes, IReadOnlyList<string> ResidentLines, IReadOnlyList<string?> InitiatiefTexts);

    private static async Task<Stored> StoredAsync(BuurtBotApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        var conversation = await db.Conversations.SingleAsync(c => c.Channel == "webchat");
        var lines = await db.Transcript.Where(t => t.ConversationId == conversation.Id).OrderBy(t => t.Id).ToListAsync();
        var codes = lines.Where(l => l.Author == TranscriptAuthor.Bot)
            .SelectMany(l => MessageJson.ReadOutbound(l.Payload).Choices)
            .Where(c => c.Value.Length > 0 && c.Value != c.Title)
            .Select(c => c.Value)
            .ToHashSet();
        var initiatief = await db.Initiatieven.SingleAsync();
        return new Stored(
            conversation.Id,
            codes,
            [.. lines.Where(l => l.Author == TranscriptAuthor.Resident).Select(l => l.Text)],
            [initiatief.Title, initiatief.Description, initiatief.Doel, initiatief.WijkName, initiatief.BuurtName]);
    }

    /// <summary>What a beheerder reads as the resident's lines on the conversation's admin page.</summary>
    private async Task<IReadOnlyList<string>> AdminTranscriptAsync(KestrelBuurtBotApp app, Guid conversationId)
    {
        var beheerder = await AdminAccounts.BeheerderAsync(app.Services);
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "nl-NL" });
        try
        {
            var page = await context.NewPageAsync();
            await AdminBrowserFixture.SignInAsync(page, beheerder.Email, AdminAccounts.Password);
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/gesprekken$"));
            await page.GotoAsync($"/admin/gesprekken/{conversationId}");
            return [.. (await page.Locator("#transcript li.resident .text").AllInnerTextsAsync()).Select(t => t.Trim())];
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static async Task<int> ConversationCountAsync(BuurtBotApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>().Conversations.CountAsync();
    }
}
