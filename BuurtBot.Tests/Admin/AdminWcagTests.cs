using BuurtBot.Admin.Accounts;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BuurtBot.Tests.Admin;

/// <summary>
/// The sign-in page and the main admin pages through <see cref="Wcag"/>. The admin is Dutch only: a coordinator
/// whose browser asks for English gets the same Dutch pages, correctly marked, never a mix.
/// </summary>
public sealed class AdminWcagTests(AdminBrowserFixture fixture) : IClassFixture<AdminBrowserFixture>
{
    private IServiceProvider Services => fixture.App.Services;

    [Theory]
    [InlineData("nl-NL")]
    [InlineData("en-GB")]
    public async Task TheSignInPagePassesWcag(string locale)
    {
        var page = await NewPageAsync(locale);
        await Wcag.AssertAsync(page, new WcagPage("/admin/aanmelden"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("nl-NL")]
    [InlineData("en-GB")]
    public async Task TheMainAdminPagesPassWcag(string locale)
    {
        var bea = await AdminAccounts.BeheerderAsync(Services);
        var (conversation, initiatief) = await SeedAsync(bea, lines: 6);
        var page = await NewPageAsync(locale);
        await AdminBrowserFixture.SignInAsync(page, bea.Email, AdminAccounts.Password);
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/gesprekken$"));
        foreach (var path in new[] { "/admin/gesprekken", $"/admin/gesprekken/{conversation}", "/admin/initiatieven", $"/admin/initiatieven/{initiatief}", "/admin/overzicht", "/admin/wijkagenda" })
        {
            await Wcag.AssertAsync(page, new WcagPage(path) { LiveRegions = ["#live-status"] });
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ALongChatScrollsInItsOwnRegionWithTheReplyBoxInView()
    {
        var bea = await AdminAccounts.BeheerderAsync(Services);
        var (conversation, _) = await SeedAsync(bea, lines: 150);
        var page = await NewPageAsync("nl-NL");
        await AdminBrowserFixture.SignInAsync(page, bea.Email, AdminAccounts.Password);
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/gesprekken$"));
        await page.GotoAsync($"/admin/gesprekken/{conversation}");

        var reply = page.GetByLabel("Je bericht aan de bewoner");
        await Assertions.Expect(reply).ToBeVisibleAsync();
        var box = await reply.BoundingBoxAsync();
        var height = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");
        Assert.True(box!.Y + box.Height <= page.ViewportSize!.Height * 1.5, $"the reply box is at y={box.Y} in a page {height} px high");
        Assert.True(height < 3000, $"the page is {height} px high with 150 messages");

        // The newest message is in view inside the region, which keyboard users can scroll.
        var region = page.GetByRole(AriaRole.Region, new() { Name = "Berichten van het gesprek", Exact = true });
        await Assertions.Expect(region).ToHaveAttributeAsync("tabindex", "0");
        await Assertions.Expect(page.Locator("#transcript li").Last).ToBeInViewportAsync();
        await page.Context.CloseAsync();
    }

    private async Task<IPage> NewPageAsync(string locale)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseAddress.ToString(), Locale = locale });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>A chat taken over by the beheerder with <paramref name="lines"/> messages, and an initiatief with a deal linked to it.</summary>
    private async Task<(Guid Conversation, Guid Initiatief)> SeedAsync(Coordinator bea, int lines)
    {
        var resident = await Resident.StartAsync(fixture.NewHttpClient(), Services, "Centrum");
        await resident.RequestHumanAsync(Services);
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BuurtBot.Admin.Handoff.HandoffService>().TakeOverAsync(resident.ConversationId, bea);
            var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
            var start = DateTime.UtcNow.AddHours(-2);
            for (var i = 0; i < lines; i++)
            {
                db.Transcript.Add(new TranscriptEntry
                {
                    ConversationId = resident.ConversationId, Author = i % 2 == 0 ? TranscriptAuthor.Resident : TranscriptAuthor.Bot,
                    Text = $"Bericht {i}: het bankje bij de speeltuin is kapot en we willen graag een nieuw bankje.", Payload = "{}",
                    TimestampUtc = start.AddSeconds(i),
                });
            }

            await db.SaveChangesAsync();
        }

        var initiatief = await TestInitiatieven.SeedAsync(Services, "Speelplek Havenstraat", "Centrum", resident.ConversationId.ToString("D"), shape: TestInitiatieven.WithDeal);
        return (resident.ConversationId, initiatief.Id);
    }
}
