using BuurtBot.Dialogs.Conversations.Buurtdeal;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Initiatieven;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using BuurtBot.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BuurtBot.Tests.Initiatieven;

/// <summary>A coordinator works an initiatief on its detail page: moves, the buurtdeal editor, change requests.</summary>
public sealed class InitiatiefDetailPageTests(AdminBrowserFixture fixture) : IClassFixture<AdminBrowserFixture>
{
    private IServiceProvider Services => fixture.App.Services;

    [Fact]
    public async Task MovingToInBehandelingTellsTheResidentInTheirChatAndShowsOnTheChatView()
    {
        var dora = await AdminAccounts.CoordinatorAsync(Services, "Dora", "Centrum");
        var resident = await Resident.StartAsync(fixture.NewHttpClient(), Services, "Centrum");
        var initiatief = await TestInitiatieven.SeedAsync(Services, "Bankje Kerkbrink", "Centrum", resident.ConversationId.ToString("D"));
        var page = await fixture.NewPageAsync(dora.Email);

        await page.GotoAsync($"/admin/initiatieven/{initiatief.Id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Naar In behandeling" }).ClickAsync();

        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("In behandeling");
        await Assertions.Expect(page.Locator("#timeline")).ToContainTextAsync("Ingediend → In behandeling");
        await Assertions.Expect(page.Locator("#timeline")).ToContainTextAsync("Dora");
        var events = await InboxEventsAsync(resident.ConversationId);
        Assert.Contains(events, e => e.EventName == "initiatief-status" && e.Value == initiatief.Id.ToString());

        await page.GotoAsync($"/admin/gesprekken/{resident.ConversationId}");
        var panel = page.Locator($".chat-side [data-initiatief='{initiatief.Id}']");
        await Assertions.Expect(panel).ToContainTextAsync("In behandeling");
        await panel.GetByRole(AriaRole.Link, new() { Name = "Bankje Kerkbrink" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/admin/initiatieven/{initiatief.Id}$"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task RejectingWithoutAReasonShowsAnErrorAndChangesNothing()
    {
        var dora = await AdminAccounts.CoordinatorAsync(Services, "Dora", "Oost");
        var initiatief = await TestInitiatieven.SeedAsync(Services, "Hondenveld", "Oost");
        var page = await fixture.NewPageAsync(dora.Email);
        await page.GotoAsync($"/admin/initiatieven/{initiatief.Id}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Naar Afgewezen" }).ClickAsync();

        await Assertions.Expect(page.Locator("#reason-error")).ToContainTextAsync("Geef een reden op");
        await Assertions.Expect(page.GetByLabel("Reden voor de bewoner")).ToHaveAttributeAsync("aria-invalid", "true");
        var unchanged = await LoadAsync(initiatief.Id);
        Assert.Equal(InitiatiefStatus.Ingediend, unchanged.Status);
        Assert.Single(unchanged.Timeline);

        await page.GetByLabel("Reden voor de bewoner").FillAsync("Hier komt al een speeltuin.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Naar Afgewezen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#timeline")).ToContainTextAsync("Hier komt al een speeltuin.");
        Assert.Equal(InitiatiefStatus.Afgewezen, (await LoadAsync(initiatief.Id)).Status);
        await Assertions.Expect(page.Locator("#moves")).ToContainTextAsync("er kan niets meer veranderen");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnIllegalMoveShowsTheDomainsRefusalNotAServerError()
    {
        var bea = await AdminAccounts.BeheerderAsync(Services);
        var initiatief = await TestInitiatieven.SeedAsync(Services, "Buurtfeest", "Zuid");
        var page = await fixture.NewPageAsync(bea.Email);
        await page.GotoAsync($"/admin/initiatieven/{initiatief.Id}");
        var token = await page.Locator("#moves input[name=__RequestVerificationToken]").GetAttributeAsync("value");
        var form = page.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", token!);

        var posted = await page.APIRequest.PostAsync($"/admin/initiatieven/{initiatief.Id}?handler=Move&to=Afgerond", new() { Form = form });

        Assert.Equal(200, posted.Status);
        Assert.Contains("cannot move from Ingediend to Afgerond", await posted.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(InitiatiefStatus.Ingediend, (await LoadAsync(initiatief.Id)).Status);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ACoordinatorProposesTheDealFromTheVoorstelChangesAnAmountAndAcceptsForTheGemeente()
    {
        var dora = await AdminAccounts.CoordinatorAsync(Services, "Dora", "Noordwest");
        var resident = await Resident.StartAsync(fixture.NewHttpClient(), Services, "Noordwest");
        var residentId = resident.ConversationId.ToString("D");
        var initiatief = await TestInitiatieven.SeedAsync(Services, "Tuin Trompenberg", "Noordwest", residentId, shape: TestInitiatieven.InBehandeling);
        var page = await fixture.NewPageAsync(dora.Email);
        await page.GotoAsync($"/admin/initiatieven/{initiatief.Id}");

        // The form starts from the resident's Voorstel.
        await Assertions.Expect(page.Locator("#p-1-description")).ToHaveValueAsync("De gemeente betaalt de bank.");
        await Assertions.Expect(page.Locator("#p-1-amount")).ToHaveValueAsync("250");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buurtdeal voorstellen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#deal-version")).ToContainTextAsync("Versie 1");
        Assert.Contains(await InboxEventsAsync(resident.ConversationId), e => e.EventName == "deal-voorgesteld");

        var proposed = await LoadAsync(initiatief.Id);
        Assert.Equal(InitiatiefStatus.Gesprek, proposed.Status);
        var bank = proposed.Deal!.AfsprakenOf(DealSide.Gemeente).Single();
        await page.Locator($"#a-{bank.Id}").FillAsync("300,50");
        await page.Locator($"li[data-afspraak='{bank.Id}']").GetByRole(AriaRole.Button, new() { Name = "Wijzig" }).ClickAsync();
        await Assertions.Expect(page.Locator("#deal-version")).ToContainTextAsync("Versie 2");
        Assert.Equal(300.50m, (await LoadAsync(initiatief.Id)).Deal!.Afspraken.Single(a => a.Id == bank.Id).AmountInEuros);

        // An edit is not sent on its own: the resident hears once, when Dora sends the version, what changed since version 1.
        Assert.Single(await InboxEventsAsync(resident.ConversationId), e => e.EventName == "deal-voorgesteld");
        await page.GetByRole(AriaRole.Button, new() { Name = "Stuur versie 2 naar de bewoner" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("naar de bewoner gestuurd");
        var sent = (await InboxEventsAsync(resident.ConversationId)).Where(e => e.EventName == "deal-voorgesteld").ToList();
        Assert.Equal(2, sent.Count);
        var request = DealReviewRequest.Parse(sent[1].Value)!;
        Assert.Contains(request.Seen!, a => a.Description == "De gemeente betaalt de bank." && a.AmountInEuros == 250m);
        Assert.Contains(request.Afspraken, a => a.Description == "De gemeente betaalt de bank." && a.AmountInEuros == 300.50m);

        await page.GetByRole(AriaRole.Button, new() { Name = "Accepteer namens de gemeente" }).ClickAsync();
        await Assertions.Expect(page.Locator("#acceptances tr[data-version='2']")).ToContainTextAsync("Geaccepteerd door Dora");
        await Assertions.Expect(page.Locator("#deal")).ToContainTextAsync("sluit zodra de bewoners dezelfde versie accepteren");
        var accepted = await LoadAsync(initiatief.Id);
        Assert.False(accepted.Deal!.IsClosed);
        Assert.Equal(InitiatiefStatus.Gesprek, accepted.Status);

        // The deal closes only when the bewoners accept the same version.
        await using (var scope = Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
            var tracked = await db.Initiatieven.SingleAsync(i => i.Id == initiatief.Id);
            tracked.AcceptDeal(DealSide.Bewoners, 2, Actor.Resident(residentId), DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#deal-version")).ToContainTextAsync("Gesloten");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Buurtdeal gesloten");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AcceptingAVersionThatChangedMeanwhileSaysTheDealChangedAndShowsTheNewVersion()
    {
        var dora = await AdminAccounts.CoordinatorAsync(Services, "Dora", "Zuidwest");
        var initiatief = await TestInitiatieven.SeedAsync(Services, "Moestuin Kerkelanden", "Zuidwest", shape: TestInitiatieven.WithDeal);
        var page = await fixture.NewPageAsync(dora.Email);
        await page.GotoAsync($"/admin/initiatieven/{initiatief.Id}");
        await Assertions.Expect(page.Locator("#deal-version")).ToContainTextAsync("Versie 1");

        // A colleague adds an afspraak while Dora looks at version 1.
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<InitiatiefWorkflow>().AddAfspraakAsync(
                initiatief.Id, new AfspraakDraft(DealSide.Bewoners, "Wij geven de planten water."), dora, CancellationToken.None);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Accepteer namens de gemeente (versie 1)" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("De deal is intussen veranderd");
        await Assertions.Expect(page.Locator("#deal-version")).ToContainTextAsync("Versie 2");
        await Assertions.Expect(page.Locator("#deal input[value='Wij geven de planten water.']")).ToHaveCountAsync(1);
        Assert.Empty((await LoadAsync(initiatief.Id)).Deal!.Acceptances);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ACoordinatorAddsAndRemovesAfsprakenAndMarksAChangeRequestHandled()
    {
        var dora = await AdminAccounts.CoordinatorAsync(Services, "Dora", "Noordoost");
        var initiatief = await TestInitiatieven.SeedAsync(Services, "Geveltuintjes", "Noordoost", shape: TestInitiatieven.WithDeal);
        await using (var scope = Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
            db.DealChangeRequests.Add(DealChangeRequest.Pass(initiatief.Id, "bewoner-zonder-chat", "Kan de bank groen zijn?", DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        var page = await fixture.NewPageAsync(dora.Email);
        await page.GotoAsync($"/admin/initiatieven/{initiatief.Id}");
        await Assertions.Expect(page.Locator("#requests")).ToContainTextAsync("Kan de bank groen zijn?");

        await page.GetByLabel("Nieuwe afspraak (Gemeente)").FillAsync("De gemeente levert tegels.");
        await page.Locator("#new-Gemeente-due").FillAsync("2027-05-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Voeg toe" }).Nth(1).ClickAsync();
        await Assertions.Expect(page.Locator("#deal-version")).ToContainTextAsync("Versie 2");
        var added = (await LoadAsync(initiatief.Id)).Deal!.Afspraken.Single(a => a.Description == "De gemeente levert tegels.");
        Assert.Equal((DealSide.Gemeente, new DateOnly(2027, 5, 1)), (added.Side, added.DueDate));

        var first = initiatief.Deal!.Afspraken[0].Id;
        await page.Locator($"li[data-afspraak='{first}']").GetByRole(AriaRole.Button, new() { Name = "Verwijder" }).ClickAsync();
        await Assertions.Expect(page.Locator($"li[data-afspraak='{first}']")).ToHaveCountAsync(0);
        Assert.Equal(3, (await LoadAsync(initiatief.Id)).Deal!.Version);

        await page.GetByRole(AriaRole.Button, new() { Name = "Markeer als afgehandeld" }).ClickAsync();
        await Assertions.Expect(page.Locator("#requests")).ToContainTextAsync("Geen open verzoeken.");
        await using var check = Services.CreateAsyncScope();
        Assert.NotNull((await check.ServiceProvider.GetRequiredService<BuurtBotDbContext>().DealChangeRequests.SingleAsync(r => r.InitiatiefId == initiatief.Id)).HandledUtc);
        await page.Context.CloseAsync();
    }

    private async Task<Initiatief> LoadAsync(Guid id)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>().Initiatieven.AsNoTracking().SingleAsync(i => i.Id == id);
    }

    private async Task<IReadOnlyList<InboundMessage>> InboxEventsAsync(Guid conversationId)
    {
        await using var scope = Services.CreateAsyncScope();
        var payloads = await scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>().Inbox.AsNoTracking()
            .Where(i => i.ConversationId == conversationId && i.Kind == InboundKind.Event)
            .Select(i => i.Payload)
            .ToListAsync();
        return payloads.Select(MessageJson.ReadInbound).ToList();
    }
}
