using System.Net;
using BuurtBot.Buurtbegroting;
using BuurtBot.Dialogs.Domain.Buurtbegrotingen;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Initiatieven;
using BuurtBot.Tests.Testing;
using BuurtBot.Tests.Wethouder;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Buurtbegroting;

/// <summary>
/// The budget on the real host: a deal the gemeente accepts draws from its wijk's budget, one over it needs
/// a beheerder's confirmation, a withdrawn deal gives the money back, and the pages show committed and remaining.
/// </summary>
public sealed class BuurtbegrotingGateTests(WethouderBrowserFixture fixture) : IClassFixture<WethouderBrowserFixture>
{
    private IServiceProvider Services => fixture.Services;

    [Fact]
    public async Task ADealOverTheBudgetIsRefusedToACoordinatorAndNeedsABeheerdersConfirmationAndAWithdrawalReleasesIt()
    {
        var beheerder = await AdminAccounts.BeheerderAsync(Services, "Bram");
        var coordinator = await AdminAccounts.CoordinatorAsync(Services, "Corrie", "Zuidwest");
        // The seed's gemeente afspraak is € 250; the budget leaves € 200.
        var deal = await TestInitiatieven.SeedAsync(Services, "Bank", "Zuidwest", shape: AcceptedByBewoners);
        await WithAsync<Buurtbegrotingen>(b => b.SetAsync("Zuidwest", b.ThisYear, 200_00, beheerder, CancellationToken.None));

        // The coordinator on the page: a clear refusal, no confirm button.
        using (var session = fixture.NewSession())
        {
            await session.SignInAsync(coordinator.Email, AdminAccounts.Password);
            var refused = await session.PostFormAsync($"/admin/initiatieven/{deal.Id}", new() { ["version"] = "1" }, "Accept");
            var html = await refused.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("Alleen een beheerder kan de deal boven de begroting accepteren", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
            Assert.DoesNotContain("id=\"over-budget\"", html, StringComparison.Ordinal);
        }

        // The beheerder: first the confirm step, then accepted over the budget.
        using (var session = fixture.NewSession())
        {
            await session.SignInAsync(beheerder.Email, AdminAccounts.Password);
            var ask = await (await session.PostFormAsync($"/admin/initiatieven/{deal.Id}", new() { ["version"] = "1" }, "Accept")).Content.ReadAsStringAsync();
            Assert.Contains("id=\"over-budget\"", ask, StringComparison.Ordinal);
            Assert.Contains("nog € 200,00 over", WebUtility.HtmlDecode(ask), StringComparison.Ordinal);
            var confirmed = await session.PostFormAsync($"/admin/initiatieven/{deal.Id}", new() { ["version"] = "1", ["overBudget"] = "true" }, "Accept");
            Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        }

        var stand = await WithAsync<Buurtbegrotingen, BegrotingsStand?>(b => b.StandAsync("Zuidwest", b.ThisYear, CancellationToken.None));
        Assert.Equal(250_00, stand!.CommittedCents);
        Assert.Equal(-50_00, stand.RemainingCents);

        // The resident withdraws after the deal closed: the money is free again.
        await WithAsync<InitiatiefWorkflow>(w => w.MoveAsync(deal.Id, InitiatiefStatus.Ingetrokken, beheerder, "De bewoner trekt het in.", CancellationToken.None));
        stand = await WithAsync<Buurtbegrotingen, BegrotingsStand?>(b => b.StandAsync("Zuidwest", b.ThisYear, CancellationToken.None));
        Assert.Equal(0, stand!.CommittedCents);
        Assert.Equal(200_00, stand.RemainingCents);
    }

    [Fact]
    public async Task ADealThatFitsIsAcceptedByTheCoordinatorAndThePagesShowCommittedAndRemaining()
    {
        var beheerder = await AdminAccounts.BeheerderAsync(Services, "Berend");
        var coordinator = await AdminAccounts.CoordinatorAsync(Services, "Cor", "Noordoost");
        var deal = await TestInitiatieven.SeedAsync(Services, "Bank", "Noordoost", shape: AcceptedByBewoners);
        await WithAsync<Buurtbegrotingen>(b => b.SetAsync("Noordoost", b.ThisYear, 1_000_00, beheerder, CancellationToken.None));

        var accepted = await WithAsync<InitiatiefWorkflow, Initiatief>(w => w.AcceptForGemeenteAsync(deal.Id, 1, coordinator, CancellationToken.None));
        Assert.True(accepted.Deal!.IsClosed);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => WithAsync<Buurtbegrotingen>(b => b.SetAsync("Noordoost", b.ThisYear, 1, coordinator, CancellationToken.None)));

        using var http = new HttpClient { BaseAddress = fixture.App.BaseAddress };
        var publicPage = WebUtility.HtmlDecode(await http.GetStringAsync("/wijken/Noordoost"));
        Assert.Contains("€ 1.000,00", publicPage, StringComparison.Ordinal);
        Assert.Contains("€ 250,00", publicPage, StringComparison.Ordinal);
        Assert.Contains("€ 750,00", publicPage, StringComparison.Ordinal);

        using var session = fixture.NewSession();
        await session.SignInAsync(coordinator.Email, AdminAccounts.Password);
        var wijkPage = WebUtility.HtmlDecode(await (await session.GetAsync("/admin/wijkjaar/Noordoost")).Content.ReadAsStringAsync());
        Assert.Contains("id=\"begroting-over\">€ 750,00", wijkPage, StringComparison.Ordinal);
        var overview = await session.GetAsync("/admin/buurtbegroting");
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        Assert.DoesNotContain("Opslaan", await overview.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static void AcceptedByBewoners(Initiatief initiatief, DateTime now)
    {
        TestInitiatieven.WithDeal(initiatief, now);
        initiatief.AcceptDeal(DealSide.Bewoners, initiatief.Deal!.Version, Actor.Resident(initiatief.InitiatiefnemerId), now.AddSeconds(2));
    }

    private async Task WithAsync<T>(Func<T, Task> use)
        where T : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        await use(scope.ServiceProvider.GetRequiredService<T>());
    }

    private async Task<TResult> WithAsync<T, TResult>(Func<T, Task<TResult>> use)
        where T : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<T>());
    }
}
