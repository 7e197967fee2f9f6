using System.Net;
using BuurtBot.Admin.Accounts;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using BuurtBot.Wethouder;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Wethouder;

/// <summary>The wijkwethouder reads their wijk and nothing of residents: 403 on every chat, initiatief and staff page, no personal data in their page.</summary>
public sealed class WethouderAccessTests(WethouderBrowserFixture fixture) : IClassFixture<WethouderBrowserFixture>
{
    private IServiceProvider Services => fixture.Services;

    [Fact]
    public async Task TheWethouderLandsOnTheirWijkenAndGets403OnChatsInitiatievenStaffPagesAndAnotherWijk()
    {
        var wethouder = await AdminAccounts.CreateAsync(Services, "Wim", AdminRoles.Wijkwethouder, "Zuid");
        var conversation = await ConversationInAsync("Zuid");
        var initiatief = await TestInitiatieven.SeedAsync(Services, "Bankje van Jan", "Zuid", shape: TestInitiatieven.InBehandeling);
        using var session = fixture.NewSession();

        var (signIn, _, _) = await session.SignInAsync(wethouder.Email, AdminAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/admin/wethouder", signIn.Headers.Location!.OriginalString);
        var admin = await session.GetAsync("/admin");
        Assert.Equal("/admin/wethouder", admin.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin/wethouder")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin/wethouder/Zuid")).StatusCode);
        foreach (var path in new[]
                 {
                     "/admin/gesprekken", $"/admin/gesprekken/{conversation}", "/admin/initiatieven", $"/admin/initiatieven/{initiatief.Id}",
                     $"/admin/initiatieven/{initiatief.Id}/openbaar", "/admin/overzicht", "/admin/kaart", "/admin/wijkjaar", "/admin/wijkjaar/Zuid",
                     "/admin/wijkagenda", "/admin/peilingen", "/admin/meldingen", "/admin/accounts", "/admin/audit", "/admin/buurtbegroting",
                     "/admin/wethouder/Oost",
                 })
        {
            Assert.True(HttpStatusCode.Forbidden == (await session.GetAsync(path)).StatusCode, path + " should be 403 for a wijkwethouder");
        }
    }

    [Fact]
    public async Task TheWethouderPageShowsWhatWaitsOnTheGemeenteAndTheMarkWithoutAnyResidentsWords()
    {
        var wethouder = await AdminAccounts.CreateAsync(Services, "Willemijn", AdminRoles.Wijkwethouder, "Hilversumse Meent");
        var coordinator = await AdminAccounts.CoordinatorAsync(Services, "Coby", "Hilversumse Meent");
        var residentId = (await ConversationInAsync("Hilversumse Meent")).ToString();
        // The resident's own words, with a phone number: none of it may reach the wethouder.
        var waiting = await TestInitiatieven.SeedAsync(Services, "Bankje bij Jan de Vries", "Hilversumse Meent", residentId,
            description: "Bel mij op 06-12345678.", shape: (i, now) =>
            {
                TestInitiatieven.WithDeal(i, now);
                i.AcceptDeal(DealSide.Bewoners, i.Deal!.Version, Actor.Resident(residentId), now.AddSeconds(2));
            });
        var marked = await TestInitiatieven.SeedAsync(Services, "Feest bij Piet Jansen", "Hilversumse Meent", residentId, thema: Thema.Ontmoeting, shape: TestInitiatieven.InBehandeling);
        await using (var scope = Services.CreateAsyncScope())
        {
            var besprekingen = scope.ServiceProvider.GetRequiredService<WethouderBesprekingen>();
            Assert.Null(await besprekingen.MarkAsync(marked.Id, "Graag uw mening over de plek.", coordinator, CancellationToken.None));
            var outsider = await AdminAccounts.CoordinatorAsync(Services, "Olga", "Oost");
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => besprekingen.MarkAsync(waiting.Id, "Niet mijn wijk.", outsider, CancellationToken.None));
        }

        using var session = fixture.NewSession();
        await session.SignInAsync(wethouder.Email, AdminAccounts.Password);
        var html = await (await session.GetAsync("/admin/wethouder/Hilversumse%20Meent")).Content.ReadAsStringAsync();

        Assert.Contains("Initiatief over groen in Hilversumse Meent", html, StringComparison.Ordinal);
        Assert.Contains("het akkoord van de gemeente ontbreekt nog", html, StringComparison.Ordinal);
        Assert.Contains("Initiatief over ontmoeting in Hilversumse Meent", html, StringComparison.Ordinal);
        Assert.Contains("Graag uw mening over de plek.", html, StringComparison.Ordinal);
        foreach (var personal in new[] { "Jan de Vries", "Piet Jansen", "06-12345678", "Bel mij", "Stroeslaan", "/admin/gesprekken", "/admin/initiatieven", residentId })
        {
            Assert.DoesNotContain(personal, html, StringComparison.Ordinal);
        }

        // Taking the mark away takes it off the wethouder's page.
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<WethouderBesprekingen>().ClearAsync(marked.Id, coordinator, CancellationToken.None);
        }

        Assert.DoesNotContain("Graag uw mening", await (await session.GetAsync("/admin/wethouder/Hilversumse%20Meent")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffStillOpenTheirPagesAndACoordinatorLandsAtTheChats()
    {
        var coordinator = await AdminAccounts.CoordinatorAsync(Services, "Cees", "Zuid");
        using var session = fixture.NewSession();
        var (signIn, _, _) = await session.SignInAsync(coordinator.Email, AdminAccounts.Password);
        Assert.Equal("/admin/gesprekken", signIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin/gesprekken")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin/wethouder/Zuid")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync("/admin/wethouder/Oost")).StatusCode);
    }

    private async Task<Guid> ConversationInAsync(string wijk)
    {
        var id = Guid.NewGuid();
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        db.Conversations.Add(new Conversation
        {
            Id = id, Channel = "webchat", ChannelConversationId = $"wethouder-{id:N}", Wijk = wijk,
            CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return id;
    }
}
