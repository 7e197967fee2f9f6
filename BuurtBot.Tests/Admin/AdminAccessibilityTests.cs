using BuurtBot.Admin.Handoff;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Wijkagenda;
using BuurtBot.Inzicht.Onbegrepen;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BuurtBot.Tests.Admin;

public sealed class AdminAccessibilityTests(AdminBrowserFixture fixture) : IClassFixture<AdminBrowserFixture>
{
    private IServiceProvider Services => fixture.App.Services;

    [Fact]
    public async Task EveryAdminPageHasNoWcagAViolations()
    {
        var bea = await AdminAccounts.BeheerderAsync(Services);
        var resident = await Resident.StartAsync(fixture.NewHttpClient(), Services, "Centrum");
        await resident.RequestHumanAsync(Services);
        await using (var scope = Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
            db.CannedReplies.Add(new CannedReply { Wijk = "Centrum", Title = "Bedankt", Text = "Bedankt voor je bericht!" });
            await db.SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<HandoffService>().TakeOverAsync(resident.ConversationId, bea);
        }

        // One initiatief with everything on its page: the resident's Voorstel, an open deal, a change request; linked to the chat.
        var initiatief = await TestInitiatieven.SeedAsync(Services, "Speelplek Havenstraat", "Centrum", resident.ConversationId.ToString("D"), shape: TestInitiatieven.WithDeal);
        var fresh = await TestInitiatieven.SeedAsync(Services, "Bankje Kerkbrink", "Centrum", shape: (i, now) =>
        {
            TestInitiatieven.InBehandeling(i, now);
            i.Publish(BuurtBot.Dialogs.Domain.Initiatieven.ShareCodes.New(), now); // its share links and QR code on the page
        });
        await using (var scope = Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
            db.DealChangeRequests.Add(DealChangeRequest.Pass(initiatief.Id, "bewoner", "Graag een groene bank.", DateTime.UtcNow));
            db.Set<WijkagendaInput>().Add(WijkagendaInput.Answer("bewoner", "Centrum", DateTime.UtcNow.Year, [Thema.Groen, Thema.Jongeren], "Meer bomen.", DateTime.UtcNow));

            // The misunderstood answers' page with its switch, one answer and its "Dit betekent:" form, and a proposal.
            db.Set<OnbegrepenOptIn>().Add(new OnbegrepenOptIn { On = true, ChangedUtc = DateTime.UtcNow });
            db.Set<OnbegrepenAntwoord>().Add(new OnbegrepenAntwoord
            {
                ConversationId = resident.ConversationId, Where = "intake/wijk", Locale = "nl-NL", Text = "achter de watertoren",
                ChoicesJson = OfferedChoices.ToJson([new("Centrum", "Centrum"), new("Oost", "Oost")]), AtUtc = DateTime.UtcNow,
            });
            db.Set<AntwoordVoorstel>().Add(new AntwoordVoorstel
            {
                Where = "intake/wijk", Family = "intake: wijk", Locale = "nl-NL", Text = "bij het station", Meaning = "Centrum", MeaningTitle = "Centrum",
                ProposedBy = bea.Email, ProposedUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var anonymous = await fixture.NewPageAsync();
        await anonymous.GotoAsync("/admin/aanmelden");
        await AssertNoViolationsAsync(anonymous, "sign-in");
        await anonymous.Context.CloseAsync();

        var page = await fixture.NewPageAsync(bea.Email);
        foreach (var path in new[]
        {
            "/admin/gesprekken", $"/admin/gesprekken/{resident.ConversationId}", "/admin/overzicht",
            "/admin/accounts", "/admin/antwoorden", "/admin/audit", "/admin/wachtwoord",
            "/admin/initiatieven", $"/admin/initiatieven/{initiatief.Id}", $"/admin/initiatieven/{fresh.Id}", "/admin/wijkagenda", "/admin/inzicht",
            "/admin/inzicht/onbegrepen",
        })
        {
            await page.GotoAsync(path);
            await AssertNoViolationsAsync(page, path);
        }

        await page.Context.CloseAsync();
    }

    private static async Task AssertNoViolationsAsync(IPage page, string name)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        Assert.True(result.Violations.Length == 0,
            name + ":\n" + string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
    }
}
