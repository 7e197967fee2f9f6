using System.Net;
using BuurtBot.Dialogs.Conversations.Wijkgesprek;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Wijkjaren;
using BuurtBot.Scheduling;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using BuurtBot.Wijkjaar;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Wijkjaar;

/// <summary>The wijkanalyse phase invites to the wijkgesprek (never in quiet hours); the wijkteam reads the answers per question and thema, the public only counts from five residents on.</summary>
public sealed class WijkgesprekTests
{
    [Fact]
    public async Task TheWijkanalyseInvitesAfterQuietHoursTheWijkteamReadsTheAnswersGroupedAndThePublicOnlyCountsFromFive()
    {
        // New Year's morning at 08:00 is in quiet hours: nothing opens, the job comes back at 09:00.
        await using var year = new WijkjaarApp(AmsterdamTime.At(new DateOnly(2027, 1, 1), TimeSpan.FromHours(8)));
        var resident = await year.ResidentAsync("Noordoost", mayBeAsked: true);
        var quiet = await year.WithAsync<WijkjaarFasen, WijkjaarOpening>(f => f.OpenDueAsync(CancellationToken.None));
        Assert.Null(quiet.Fase);
        Assert.NotNull(quiet.RetryAt);
        Assert.Empty(await year.EventsAsync(resident));

        year.MoveTo(2027, 1, 1, 10);
        var opening = await year.WithAsync<WijkjaarFasen, WijkjaarOpening>(f => f.OpenDueAsync(CancellationToken.None));
        Assert.Equal(WijkjaarFase.Wijkanalyse, opening.Fase);
        var invitation = Assert.Single(await year.BubblesAsync(resident));
        Assert.Contains("Wat gaat goed in je wijk?", invitation, StringComparison.Ordinal);
        Assert.Contains("Praat je mee? Het zijn drie vragen.", invitation, StringComparison.Ordinal);
        Assert.Single(await year.EventsAsync(resident));

        // Six residents of Noordoost talk: five find the green good, one names it with a sentence; two want traffic to change.
        for (var i = 0; i < 6; i++)
        {
            await SaveAsync(year, $"resident-{i}", "Noordoost",
            [
                new(WijkgesprekVraag.Goed, Thema.Groen, i == 0 ? "Het park is prachtig <script>" : null),
                .. i < 2 ? [new WijkgesprekReply(WijkgesprekVraag.Anders, Thema.VerkeerEnMobiliteit, $"Minder auto's in straat {i}")] : Array.Empty<WijkgesprekReply>(),
            ]);
        }

        // A second wijkgesprek of the same resident replaces the first.
        await SaveAsync(year, "resident-5", "Noordoost", [new(WijkgesprekVraag.Goed, Thema.Groen, null), new(WijkgesprekVraag.Zelf, null, "Ik help mee met de moestuin")]);
        await SaveAsync(year, "elsewhere", "Zuid", [new(WijkgesprekVraag.Goed, Thema.Jongeren, "Geheim uit Zuid")]);

        var nina = await AdminAccounts.CoordinatorAsync(year.Services, "Nina", "Noordoost");
        var zeger = await AdminAccounts.CoordinatorAsync(year.Services, "Zeger", "Zuid");
        using var own = new AdminHttpSession(year.App.BaseAddress);
        await own.SignInAsync(nina.Email, AdminAccounts.Password);
        using var response = await own.GetAsync("/admin/wijkjaar/Noordoost/wijkgesprek");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var text = WebUtility.HtmlDecode(html).ReplaceLineEndings(" ");
        Assert.Contains("6 bewoners praatten mee", text, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">Groen</th><td class=\"getal\">6</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("Minder auto's in straat 1", text, StringComparison.Ordinal);
        Assert.Contains("Ik help mee met de moestuin", text, StringComparison.Ordinal);
        Assert.Contains("Het park is prachtig &lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Geheim uit Zuid", text, StringComparison.Ordinal);
        Assert.Contains("/admin/wijkjaar/Noordoost/wijkgesprek", await (await own.GetAsync("/admin/wijkjaar/Noordoost")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Another wijk's coordinator may not read Noordoost's sentences.
        using var other = new AdminHttpSession(year.App.BaseAddress);
        await other.SignInAsync(zeger.Email, AdminAccounts.Password);
        using var forbidden = await other.GetAsync("/admin/wijkjaar/Noordoost/wijkgesprek");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.DoesNotContain("moestuin", await forbidden.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The public sees counts, a count under five as "minder dan 5", and never a sentence.
        using var anonymous = new HttpClient { BaseAddress = year.App.BaseAddress };
        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/wijken/Noordoost")).ReplaceLineEndings(" ");
        Assert.Contains("Wijkgesprek 2027", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Groen</th><td class=\"getal\">6</td>", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Verkeer & mobiliteit</th><td class=\"getal\">minder dan 5</td>", page, StringComparison.Ordinal);
        foreach (var secret in new[] { "prachtig", "Minder auto's", "moestuin" })
        {
            Assert.DoesNotContain(secret, page, StringComparison.Ordinal);
        }

        var zuid = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/wijken/Zuid"));
        Assert.Contains("minder dan 5 bewoners praatten", zuid.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    private static async Task SaveAsync(WijkjaarApp year, string residentId, string wijk, IReadOnlyList<WijkgesprekReply> replies)
    {
        await using var scope = year.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IWijkgesprekStore>().SaveAsync(new WijkgesprekAnswers(residentId, wijk, replies), CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>().SaveChangesAsync();
    }
}
