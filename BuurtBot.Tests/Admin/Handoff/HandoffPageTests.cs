using System.Text.RegularExpressions;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BuurtBot.Tests.Admin.Handoff;

/// <summary>The coordinator's side of a handoff, in Chromium against the real host, with a resident in the web chat.</summary>
public sealed class HandoffPageTests(AdminBrowserFixture fixture) : IClassFixture<AdminBrowserFixture>
{
    private IServiceProvider Services => fixture.App.Services;

    [Fact]
    public async Task ACoordinatorTakesOverAQueuedChatRepliesAndHandsItBack()
    {
        var anna = await AdminAccounts.CoordinatorAsync(Services, "Anna", "Centrum");
        var page = await fixture.NewPageAsync(anna.Email);
        await Assertions.Expect(page.Locator("body[data-live=connected]")).ToBeAttachedAsync();
        var resident = await Resident.StartAsync(fixture.NewHttpClient(), Services, "Centrum");

        await resident.RequestHumanAsync(Services);

        // Live: the waiting chat appears without a reload.
        var row = page.Locator($"#queue tr[data-conversation-row='{resident.ConversationId}']");
        await Assertions.Expect(row).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#live-status")).ToContainTextAsync("wacht een bewoner");
        var queued = await resident.Chat.ReceiveBotMessagesAsync();
        Assert.Contains("buurtcoördinator", queued[0]["text"]!.GetValue<string>());

        await row.GetByRole(AriaRole.Link).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gesprek overnemen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#owner")).ToContainTextAsync("Jij hebt dit gesprek");
        var takenOver = await resident.Chat.ReceiveBotMessagesAsync();
        Assert.Equal("Je praat nu met Anna, buurtcoördinator Centrum.", takenOver[0]["text"]!.GetValue<string>());

        await page.GetByLabel("Je bericht aan de bewoner").FillAsync("Hoi, ik ben Anna. Waar gaat het om?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Verstuur" }).ClickAsync();
        var reply = (await resident.Chat.ReceiveBotMessagesAsync())[0];
        Assert.Equal("Hoi, ik ben Anna. Waar gaat het om?", reply["text"]!.GetValue<string>());
        Assert.Equal("Anna", reply["from"]!["name"]!.GetValue<string>());

        // While Anna has the chat the bot stays silent; her page shows the resident's line live.
        await page.WaitForLoadStateAsync();
        await Assertions.Expect(page.Locator("body[data-live=connected]")).ToBeAttachedAsync();
        await resident.Chat.SayAsync("Het gaat om de speeltuin");
        await Assertions.Expect(page.Locator("#transcript")).ToContainTextAsync("Het gaat om de speeltuin");
        await resident.WaitUntilProcessedAsync(Services);
        Assert.Equal(TranscriptAuthor.Resident, await LastAuthorAsync(resident.ConversationId));

        await page.GetByRole(AriaRole.Button, new() { Name = "Teruggeven aan BuurtBot (verder waar het was)" }).ClickAsync();
        await Assertions.Expect(page.Locator("#owner")).ToContainTextAsync("BuurtBot voert dit gesprek");
        var handedBack = await resident.Chat.ReceiveBotMessagesAsync(2);
        Assert.Contains("geeft het gesprek terug", handedBack[0]["text"]!.GetValue<string>());

        await resident.Chat.SayAsync("hallo");
        Assert.NotEmpty(await resident.Chat.ReceiveBotMessagesAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task MarkupTypedByAResidentIsShownAsTextOnTheChatView()
    {
        const string payload = "<img src=x onerror=alert(1)><script>alert(2)</script><b>vet</b>";
        var bea = await AdminAccounts.BeheerderAsync(Services);
        var resident = await Resident.StartAsync(fixture.NewHttpClient(), Services, "Zuid");
        await resident.RequestHumanAsync(Services);
        await resident.Chat.SayAsync(payload);
        await resident.WaitUntilProcessedAsync(Services);
        var page = await fixture.NewPageAsync(bea.Email);
        var alerted = false;
        page.Dialog += (_, dialog) => { alerted = true; _ = dialog.DismissAsync(); };

        await Assertions.Expect(page.Locator($"#queue tr[data-conversation-row='{resident.ConversationId}']")).ToContainTextAsync("<img src=x");
        await page.GotoAsync($"/admin/gesprekken/{resident.ConversationId}");

        await Assertions.Expect(page.Locator("#transcript")).ToContainTextAsync(payload);
        Assert.Equal(0, await page.Locator("main img, main script, main b").CountAsync());
        Assert.False(alerted);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ACoordinatorOfOostGets403ForACentrumChatAndItsActions()
    {
        var bram = await AdminAccounts.CoordinatorAsync(Services, "Bram", "Oost");
        var centrum = await Resident.StartAsync(fixture.NewHttpClient(), Services, "Centrum");
        var page = await fixture.NewPageAsync(bram.Email);
        await Assertions.Expect(page.Locator("body[data-live=connected]")).ToBeAttachedAsync();
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");

        var opened = await page.GotoAsync($"/admin/gesprekken/{centrum.ConversationId}");
        Assert.Equal(403, opened!.Status);
        foreach (var handler in new[] { "TakeOver", "Reply", "HandBack", "Note" })
        {
            var posted = await page.APIRequest.PostAsync($"/admin/gesprekken/{centrum.ConversationId}?handler={handler}", new()
            {
                Form = FormOf(page, ("__RequestVerificationToken", token!), ("ReplyText", "hoi"), ("NoteText", "hoi"), ("menu", "false")),
            });
            Assert.Equal(403, posted.Status);
        }

        // Live updates are scoped too: a Centrum chat joining the queue never reaches Bram's list,
        // a chat without a wijk does.
        await page.GotoAsync("/admin/gesprekken");
        await Assertions.Expect(page.Locator("body[data-live=connected]")).ToBeAttachedAsync();
        var unknown = await Resident.StartAsync(fixture.NewHttpClient(), Services, null);
        await centrum.RequestHumanAsync(Services);
        await unknown.RequestHumanAsync(Services);
        await Assertions.Expect(page.Locator($"#queue tr[data-conversation-row='{unknown.ConversationId}']")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator($"tr[data-conversation-row='{centrum.ConversationId}']").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AFormPostWithoutAntiforgeryTokenIsRejected()
    {
        var bea = await AdminAccounts.BeheerderAsync(Services);
        var resident = await Resident.StartAsync(fixture.NewHttpClient(), Services, "Noordwest");
        var page = await fixture.NewPageAsync(bea.Email);

        var posted = await page.APIRequest.PostAsync($"/admin/gesprekken/{resident.ConversationId}?handler=Note", new()
        {
            Form = FormOf(page, ("NoteText", "zonder token")),
        });

        Assert.Equal(400, posted.Status);
        await using var scope = Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>().ConversationNotes.AnyAsync(n => n.ConversationId == resident.ConversationId));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ASecondCoordinatorClickingTakeOverIsToldWhoHasTheChat()
    {
        var anna = await AdminAccounts.CoordinatorAsync(Services, "Anna", "Zuidwest");
        var bram = await AdminAccounts.CoordinatorAsync(Services, "Bram", "Zuidwest");
        var resident = await Resident.StartAsync(fixture.NewHttpClient(), Services, "Zuidwest");
        await resident.RequestHumanAsync(Services);
        var first = await fixture.NewPageAsync(anna.Email);
        var second = await fixture.NewPageAsync(bram.Email);
        // Both pages without live updates (as behind a proxy that blocks WebSockets): with them,
        // the first take-over replaces the other page's button before it can be clicked, which
        // is what LiveOwnershipReplacesTheTakeOverButton covers. Here the server must settle it.
        await first.RouteAsync("**/admin/live**", route => route.AbortAsync());
        await second.RouteAsync("**/admin/live**", route => route.AbortAsync());
        await first.GotoAsync($"/admin/gesprekken/{resident.ConversationId}");
        await second.GotoAsync($"/admin/gesprekken/{resident.ConversationId}");

        await Task.WhenAll(
            first.GetByRole(AriaRole.Button, new() { Name = "Gesprek overnemen" }).ClickAsync(),
            second.GetByRole(AriaRole.Button, new() { Name = "Gesprek overnemen" }).ClickAsync());

        await Assertions.Expect(first.Locator("#owner")).ToHaveTextAsync(new Regex("Jij hebt dit gesprek|heeft dit gesprek"));
        await Assertions.Expect(second.Locator("#owner")).ToHaveTextAsync(new Regex("Jij hebt dit gesprek|heeft dit gesprek"));
        var firstWon = (await first.Locator("#owner").TextContentAsync())!.Contains("Jij hebt", StringComparison.Ordinal);
        var secondWon = (await second.Locator("#owner").TextContentAsync())!.Contains("Jij hebt", StringComparison.Ordinal);
        Assert.True(firstWon ^ secondWon, "Exactly one coordinator must win the take-over.");
        var loser = firstWon ? second : first;
        await Assertions.Expect(loser.GetByRole(AriaRole.Alert)).ToContainTextAsync($"al overgenomen door {(firstWon ? "Anna" : "Bram")}");
        await first.Context.CloseAsync();
        await second.Context.CloseAsync();
    }

    [Fact]
    public async Task LiveOwnershipReplacesTheTakeOverButton()
    {
        var anna = await AdminAccounts.CoordinatorAsync(Services, "Anna", "Zuidwest");
        var bram = await AdminAccounts.CoordinatorAsync(Services, "Bram", "Zuidwest");
        var resident = await Resident.StartAsync(fixture.NewHttpClient(), Services, "Zuidwest");
        await resident.RequestHumanAsync(Services);
        var first = await fixture.NewPageAsync(anna.Email);
        var second = await fixture.NewPageAsync(bram.Email);
        await first.GotoAsync($"/admin/gesprekken/{resident.ConversationId}");
        await second.GotoAsync($"/admin/gesprekken/{resident.ConversationId}");
        await Assertions.Expect(second.Locator("body[data-live='connected']")).ToHaveCountAsync(1);

        await first.GetByRole(AriaRole.Button, new() { Name = "Gesprek overnemen" }).ClickAsync();

        await Assertions.Expect(first.Locator("#owner")).ToContainTextAsync("Jij hebt dit gesprek");
        await Assertions.Expect(second.Locator("#owner")).ToContainTextAsync("Anna");
        await Assertions.Expect(second.GetByRole(AriaRole.Button, new() { Name = "Gesprek overnemen" })).ToHaveCountAsync(0);
        await first.Context.CloseAsync();
        await second.Context.CloseAsync();
    }

    private async Task<TranscriptAuthor> LastAuthorAsync(Guid conversationId)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        return await db.Transcript.Where(t => t.ConversationId == conversationId).OrderByDescending(t => t.Id).Select(t => t.Author).FirstAsync();
    }

    private static IFormData FormOf(IPage page, params (string Name, string Value)[] fields)
    {
        var form = page.APIRequest.CreateFormData();
        foreach (var (name, value) in fields)
        {
            form.Set(name, value);
        }

        return form;
    }
}
