using System.Net;
using BuurtBot.Admin.Accounts;
using BuurtBot.Admin.Accounts.Pages;
using BuurtBot.Tests.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Admin.Accounts;

/// <summary>Sessions and sign-in over real HTTP on Kestrel: what someone with a copied cookie, or a script guessing passwords, gets.</summary>
public sealed class SignInProtectionTests : IDisposable
{
    private readonly KestrelBuurtBotApp _app = new()
    {
        UseWelcomeBot = true,
        Settings = { ["Admin:SecureCookies"] = "false" },
    };

    private IServiceProvider Services => _app.Services;

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ACopiedCookieStopsWorkingAtSignOut()
    {
        var carla = await AdminAccounts.CoordinatorAsync(Services, "Carla", "Centrum");
        using var browser = new AdminHttpSession(_app.BaseAddress);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(carla.Email, AdminAccounts.Password)).Response.StatusCode);
        using var thief = browser.Copy();
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/admin/gesprekken")).StatusCode);

        var signedOut = await browser.PostFormAsync("/admin/afmelden", []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        var stolen = await thief.GetAsync("/admin/gesprekken");
        Assert.Equal(HttpStatusCode.Redirect, stolen.StatusCode);
        Assert.StartsWith("/admin/aanmelden", stolen.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APasswordChangeEndsEveryOtherSessionButNotThisOne()
    {
        var dirk = await AdminAccounts.CoordinatorAsync(Services, "Dirk", "Oost");
        using var laptop = new AdminHttpSession(_app.BaseAddress);
        using var phone = new AdminHttpSession(_app.BaseAddress);
        await laptop.SignInAsync(dirk.Email, AdminAccounts.Password);
        await phone.SignInAsync(dirk.Email, AdminAccounts.Password);
        using var thief = phone.Copy();

        var changed = await laptop.PostFormAsync("/admin/wachtwoord", new()
        {
            ["CurrentPassword"] = AdminAccounts.Password,
            ["NewPassword"] = "Dirk-Nieuw-Wachtwoord-9",
            ["ConfirmPassword"] = "Dirk-Nieuw-Wachtwoord-9",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/admin/gesprekken")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/admin/gesprekken")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await thief.GetAsync("/admin/gesprekken")).StatusCode);
    }

    [Fact]
    public async Task RightsTakenAwayByABeheerderApplyToASessionAtOnce()
    {
        var bea = await AdminAccounts.BeheerderAsync(Services);
        var eva = await AdminAccounts.CoordinatorAsync(Services, "Eva", "Zuid");
        using var evasLaptop = new AdminHttpSession(_app.BaseAddress);
        await evasLaptop.SignInAsync(eva.Email, AdminAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, (await evasLaptop.GetAsync("/admin/gesprekken")).StatusCode);

        using var beheerder = new AdminHttpSession(_app.BaseAddress);
        await beheerder.SignInAsync(bea.Email, AdminAccounts.Password);
        var saved = await beheerder.PostFormAsync("/admin/accounts", new() { ["RightsAccountId"] = eva.Id, ["RightsRole"] = "" }, handler: "Rights");
        Assert.Contains("zijn veranderd", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var after = await evasLaptop.GetAsync("/admin/gesprekken");
        Assert.NotEqual(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task AHundredGuessesFromOneAddressAreRefusedAfterTheLimit()
    {
        var frank = await AdminAccounts.CoordinatorAsync(Services, "Frank", "Noordwest");
        using var script = new AdminHttpSession(_app.BaseAddress);
        var answers = new List<string>();
        for (var guess = 0; guess < 100; guess++)
        {
            // Spread over many addresses, so the per-account count is not what stops it.
            answers.Add((await script.SignInAsync($"iemand-{guess}@hilversum.example", "Geraden-Wachtwoord-" + guess)).Html);
        }

        Assert.All(answers.Take(20), html => Assert.Contains(SignInModel.WrongMessage, html, StringComparison.Ordinal));
        Assert.All(answers.Skip(20), html => Assert.Contains("Te veel mislukte pogingen", html, StringComparison.Ordinal));
        // Refused means refused: not even the right password of a real account gets through from there now.
        var (response, html, _) = await script.SignInAsync(frank.Email, AdminAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Te veel mislukte pogingen", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KnownAndUnknownAddressesGetTheSameAnswersInAboutTheSameTime()
    {
        var gert = await AdminAccounts.CoordinatorAsync(Services, "Gert", "Zuidwest");
        var warmUp = await AdminAccounts.CoordinatorAsync(Services, "Wim", "Zuidwest");
        using var script = new AdminHttpSession(_app.BaseAddress);
        // Both paths once before measuring, so neither pays for first-time work (compiling, the unknown hash).
        await script.SignInAsync(warmUp.Email, "Fout-Wachtwoord");
        await script.SignInAsync("ook-niemand@hilversum.example", "Fout-Wachtwoord");
        var known = new List<(string Html, TimeSpan Took)>();
        var unknown = new List<(string Html, TimeSpan Took)>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var k = await script.SignInAsync(gert.Email, "Fout-Wachtwoord-" + attempt);
            known.Add((k.Html, k.Took));
            var u = await script.SignInAsync("niemand@hilversum.example", "Fout-Wachtwoord-" + attempt);
            unknown.Add((u.Html, u.Took));
        }

        // The same words at each attempt, the throttle's included ("geblokkeerd" for real accounts only told who exists).
        Assert.Equal(known.Select(k => Message(k.Html)), unknown.Select(u => Message(u.Html)));
        Assert.All(known.Take(5), k => Assert.Contains(SignInModel.WrongMessage, k.Html, StringComparison.Ordinal));
        Assert.Contains("Te veel mislukte pogingen", known[5].Html, StringComparison.Ordinal);
        // Both check a password hash: an unknown address is not answered many times faster.
        var knownMedian = known.Take(5).Select(k => k.Took.TotalMilliseconds).Order().ElementAt(2);
        var unknownMedian = unknown.Take(5).Select(u => u.Took.TotalMilliseconds).Order().ElementAt(2);
        // (Before, an unknown address was answered in 6 ms against 106 ms: a ratio of 0.06.) The bounds leave room for a busy machine.
        Assert.True(unknownMedian / knownMedian is >= 0.4 and <= 2.5,
            $"Known {string.Join(", ", known.Select(k => k.Took.TotalMilliseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture)))} ms; "
            + $"unknown {string.Join(", ", unknown.Select(u => u.Took.TotalMilliseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture)))} ms.");
    }

    [Fact]
    public async Task AnAttackerWhoUsesUpTheAccountsTriesDoesNotKeepTheCoordinatorOut()
    {
        var hanna = await AdminAccounts.CoordinatorAsync(Services, "Hanna", "Oost");
        using var laptop = new AdminHttpSession(_app.BaseAddress);
        Assert.Equal(HttpStatusCode.Redirect, (await laptop.SignInAsync(hanna.Email, AdminAccounts.Password)).Response.StatusCode);
        await laptop.PostFormAsync("/admin/afmelden", []);

        using var attacker = new AdminHttpSession(_app.BaseAddress);
        for (var guess = 0; guess < 8; guess++)
        {
            await attacker.SignInAsync(hanna.Email, "Geraden-" + guess);
        }

        Assert.Contains("Te veel mislukte pogingen", (await attacker.SignInAsync(hanna.Email, AdminAccounts.Password)).Html, StringComparison.Ordinal);
        // Hanna's own browser signed in before: its tries are counted apart, and her password works.
        var (response, _, _) = await laptop.SignInAsync(hanna.Email, AdminAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/gesprekken", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task PasswordRulesAreExplainedInDutch()
    {
        var ina = await AdminAccounts.CoordinatorAsync(Services, "Ina", "Centrum");
        using var browser = new AdminHttpSession(_app.BaseAddress);
        await browser.SignInAsync(ina.Email, AdminAccounts.Password);

        var refused = await browser.PostFormAsync("/admin/wachtwoord", new()
        {
            ["CurrentPassword"] = AdminAccounts.Password,
            ["NewPassword"] = "alleenkleineletters",
            ["ConfirmPassword"] = "alleenkleineletters",
        });
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        Assert.Contains("Het wachtwoord moet een hoofdletter hebben", html, StringComparison.Ordinal);
        Assert.Contains("Het wachtwoord moet een cijfer hebben", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Passwords must", html, StringComparison.Ordinal);
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CoordinatorAccount>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByEmailAsync(ina.Email))!, AdminAccounts.Password));
    }

    private static string Message(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "<p class=\"error\" role=\"alert\">([^<]*)</p>").Groups[1].Value;
}
