using System.Net;
using BuurtBot.Admin.Audit;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Wijkagenda;
using BuurtBot.Scheduling;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Wijkjaar;

/// <summary>The wijk's agenda over real HTTP: written from residents' input, approved, published on the wijk's public page, versioned; only the wijk's own coordinators change it.</summary>
public sealed class WijkagendaDocumentTests
{
    private const string Script = "<script>alert('x')</script>";

    [Fact]
    public async Task TheWijkteamWritesApprovesAndPublishesTheAgendaAndThePublicPageShowsItEncoded()
    {
        await using var year = new WijkjaarApp(AmsterdamTime.At(new DateOnly(2027, 3, 10), TimeSpan.FromHours(11)));
        var carla = await AdminAccounts.CoordinatorAsync(year.Services, "Carla", "Centrum");
        await year.WithDbAsync(db =>
        {
            var now = year.Clock.GetUtcNow().UtcDateTime;
            db.Set<WijkagendaInput>().Add(WijkagendaInput.Answer("bewoner-1", "Centrum", 2027, [Thema.Groen, Thema.Jongeren], "Mijn buurman Piet wil bomen.", now));
            db.Set<WijkagendaInput>().Add(WijkagendaInput.Answer("bewoner-2", "Centrum", 2027, [Thema.Groen], "", now));
            return db.SaveChangesAsync();
        });
        using var browser = new AdminHttpSession(year.App.BaseAddress);
        await browser.SignInAsync(carla.Email, AdminAccounts.Password);
        using var anonymous = new HttpClient { BaseAddress = year.App.BaseAddress };

        // The starting point: residents' themes ranked, counts only (no sentence a resident typed).
        var start = await HtmlAsync(browser, "/admin/wijkjaar/Centrum");
        Assert.Matches("<td>1</td><th scope=\"row\">Groen</th><td>2</td>", start.ReplaceLineEndings(""));
        Assert.DoesNotContain("Piet", start, StringComparison.Ordinal);
        Assert.Contains("De wijkagenda van Centrum is nog niet gepubliceerd.", await anonymous.GetStringAsync("/wijken/Centrum"), StringComparison.Ordinal);

        // A doelstelling that is too long is refused with the reason, and nothing is stored.
        var tooLong = await browser.PostFormAsync("/admin/wijkjaar/Centrum", new() { ["Doel[Groen]"] = new string('x', 301) }, "Save");
        Assert.Contains("Een doelstelling is hoogstens 300 tekens.", WebUtility.HtmlDecode(await tooLong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await year.WithDbAsync(db => db.Set<WijkagendaVersion>().CountAsync()));

        var saved = await browser.PostFormAsync("/admin/wijkjaar/Centrum", new()
        {
            ["Doel[Groen]"] = "Twee nieuwe geveltuin-straten in 2027 " + Script,
            ["Doel[Jongeren]"] = "Een plek voor jongeren bij het station.",
            ["Doel[Anders]"] = "  ",
        }, "Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Versie 1: Concept", await HtmlAsync(browser, "/admin/wijkjaar/Centrum"), StringComparison.Ordinal);
        Assert.DoesNotContain("geveltuin", await anonymous.GetStringAsync("/wijken/Centrum"), StringComparison.Ordinal);

        // Publishing before approval is refused.
        var early = await browser.PostFormAsync("/admin/wijkjaar/Centrum", [], "Publish");
        Assert.Contains("Keur de wijkagenda eerst goed", WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync("/admin/wijkjaar/Centrum", [], "Approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync("/admin/wijkjaar/Centrum", [], "Publish")).StatusCode);

        var page = await anonymous.GetStringAsync("/wijken/Centrum");
        Assert.Contains("<strong>Groen</strong>: <span class=\"tekst\">Twee nieuwe geveltuin-straten in 2027 &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;</span>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Script, page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("Groen", StringComparison.Ordinal) < page.IndexOf("Jongeren", StringComparison.Ordinal), "The agenda keeps the wijkteam's order.");
        Assert.DoesNotContain("Anders", page, StringComparison.Ordinal);
        Assert.Contains("versie 1, gepubliceerd op 10 maart 2027", page, StringComparison.Ordinal);
        Assert.Equal(2, await year.WithDbAsync(db => db.AuditLog.CountAsync(a => a.ActorId == carla.Id && (a.Action == AuditActions.WijkagendaApproved || a.Action == AuditActions.WijkagendaPublished))));

        // A change after publishing is the next version; the public keeps version 1 until version 2 is published.
        await browser.PostFormAsync("/admin/wijkjaar/Centrum", new() { ["Doel[Groen]"] = "Drie geveltuin-straten." }, "Save");
        Assert.Contains("Versie 2: Concept", await HtmlAsync(browser, "/admin/wijkjaar/Centrum"), StringComparison.Ordinal);
        Assert.Contains("Twee nieuwe geveltuin-straten", await anonymous.GetStringAsync("/wijken/Centrum"), StringComparison.Ordinal);
        await browser.PostFormAsync("/admin/wijkjaar/Centrum", [], "Approve");
        await browser.PostFormAsync("/admin/wijkjaar/Centrum", [], "Publish");
        var second = await anonymous.GetStringAsync("/wijken/Centrum");
        Assert.Contains("Drie geveltuin-straten.", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Jongeren", second, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/wijken/Atlantis")).StatusCode);
    }

    [Fact]
    public async Task ACoordinatorOfAnotherWijkReadsTheAgendaButCannotChangeIt()
    {
        await using var year = new WijkjaarApp(AmsterdamTime.At(new DateOnly(2027, 3, 10), TimeSpan.FromHours(11)));
        var omar = await AdminAccounts.CoordinatorAsync(year.Services, "Omar", "Oost");
        using var browser = new AdminHttpSession(year.App.BaseAddress);
        await browser.SignInAsync(omar.Email, AdminAccounts.Password);

        var html = await HtmlAsync(browser, "/admin/wijkjaar/Centrum");
        Assert.DoesNotContain("agenda-form", html, StringComparison.Ordinal);
        var token = System.Text.RegularExpressions.Regex.Match(await HtmlAsync(browser, "/admin/wijkjaar/Oost"), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var post = new HttpClient(new HttpClientHandler { CookieContainer = browser.Cookies, AllowAutoRedirect = false }) { BaseAddress = year.App.BaseAddress };
        var forbidden = await post.PostAsync("/admin/wijkjaar/Centrum?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Doel[Groen]"] = "Niet van Omar.",
        }));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(0, await year.WithDbAsync(db => db.Set<WijkagendaVersion>().CountAsync()));
    }

    private static async Task<string> HtmlAsync(AdminHttpSession browser, string path)
    {
        using var response = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
