using System.Text.RegularExpressions;
using BuurtBot.Tests.Testing;

namespace BuurtBot.Tests.Admin.Handoff;

public sealed partial class QueueAlertTests : IDisposable
{
    private readonly BuurtBotApp _app = new()
    {
        Settings =
        {
            ["Admin:SecureCookies"] = "false",
            ["Handoff:QueueAlertAfter"] = "00:00:00.001",
        },
    };

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task AChatWaitingLongerThanTheAlertTimeIsHighlightedOnGesprekken()
    {
        var olga = await AdminAccounts.CoordinatorAsync(_app.Services, "Olga", "Oost");
        var resident = await Resident.StartAsync(_app.CreateClient(), _app.Services, "Oost");
        await resident.RequestHumanAsync(_app.Services);
        var browser = _app.CreateClient();

        var signInPage = await browser.GetStringAsync("/admin/aanmelden");
        var signedIn = await browser.PostAsync("/admin/aanmelden", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token().Match(signInPage).Groups[1].Value,
            ["Email"] = olga.Email,
            ["Password"] = AdminAccounts.Password,
        }));
        signedIn.EnsureSuccessStatusCode();
        var html = await browser.GetStringAsync("/admin/gesprekken");

        Assert.Matches($"<tr class=\"overdue\" data-conversation-row=\"{resident.ConversationId}\">", html);
        Assert.Contains("Te lang", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
