using System.Security.Claims;
using System.Text.Json.Nodes;
using BuurtBot.Admin.Accounts;
using BuurtBot.Notifications;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace BuurtBot.Tests.Notifications;

/// <summary>
/// The coordinators' e-mails through a real SMTP server (npm smtp-server, its own process): who gets
/// one, what it says and does not say, and the durable queue across an outage and a restart.
/// </summary>
public sealed class NotificationMailTests : IAsyncLifetime
{
    private const string SecretResidentText = "Mijn buurman Piet de Vries op nummer 12 maakt elke nacht lawaai";
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"buurtbot-mail-{Guid.NewGuid():N}.db");
    private NodeServer _smtp = null!;
    private int _smtpPort;

    public async Task InitializeAsync()
    {
        _smtp = await NodeServer.StartAsync("smtp-test-server.mjs", "listening ");
        _smtpPort = int.Parse(_smtp.Ready, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileNameWithoutExtension(_database) + "*"))
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task AQueuedChatInOfficeHoursSendsExactlyOneMailToTheWijksCoordinatorsWithoutWhatTheResidentWrote()
    {
        using var app = App();
        var anna = await AdminAccounts.CoordinatorAsync(app.Services, "Anna", "Zuid");
        var bob = await AdminAccounts.CoordinatorAsync(app.Services, "Bob", "Zuid");
        await TurnOffAsync(app.Services, bob.Email, NotificationKind.Wachtrij);
        await AdminAccounts.CoordinatorAsync(app.Services, "Carl", "Centrum");
        await AdminAccounts.BeheerderAsync(app.Services);
        var resident = await Resident.StartAsync(app.CreateClient(), app.Services, "Zuid");
        await resident.Chat.SayAsync(SecretResidentText);
        await resident.WaitUntilProcessedAsync(app.Services);

        await resident.RequestHumanAsync(app.Services);

        var mail = Assert.Single(await MailsAsync(_smtp, 1));
        Assert.Equal([anna.Email], mail.To);
        Assert.Contains("wacht op een coördinator in wijk Zuid", mail.Message.Subject, StringComparison.Ordinal);
        var text = mail.Message.TextBody;
        Assert.Contains($"https://buurtbot.test/admin/gesprekken/{resident.ConversationId:D}", text, StringComparison.Ordinal);
        Assert.Contains("Hallo Anna", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Piet", mail.Raw, StringComparison.Ordinal);
        Assert.DoesNotContain("lawaai", mail.Raw, StringComparison.Ordinal);
        // Exactly one: nothing more comes after a while either.
        await Task.Delay(1500);
        Assert.Single(Mails(_smtp));
    }

    [Fact]
    public async Task AnSmtpOutageAndARestartDelayTheMailButNeitherLoseNorRepeatIt()
    {
        Coordinator anna;
        Guid first;
        Guid second;
        using (var app = App())
        {
            anna = await AdminAccounts.CoordinatorAsync(app.Services, "Anna", "Oost");
            var early = await Resident.StartAsync(app.CreateClient(), app.Services, "Oost");
            await early.RequestHumanAsync(app.Services);
            first = early.ConversationId;
            Assert.Single(await MailsAsync(_smtp, 1));

            // The mail server goes down; a resident asks for a person meanwhile.
            await _smtp.DisposeAsync();
            var late = await Resident.StartAsync(app.CreateClient(), app.Services, "Oost");
            await late.RequestHumanAsync(app.Services);
            second = late.ConversationId;
            await WaitForAsync(app.Services, db => db.Set<NotificationMail>().AnyAsync(m => m.SentUtc == null && m.Attempts >= 2));
        }

        // BuurtBot restarts on the same database; the mail server comes back on its address.
        _smtp = await NodeServer.StartAsync("smtp-test-server.mjs", "listening ", _smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var restarted = App();
        _ = restarted.Services;

        var mail = Assert.Single(await MailsAsync(_smtp, 1));
        Assert.Equal([anna.Email], mail.To);
        Assert.Contains($"/admin/gesprekken/{second:D}", mail.Message.TextBody, StringComparison.Ordinal);
        await Task.Delay(1500);
        var all = Mails(_smtp);
        Assert.Single(all);
        Assert.DoesNotContain(all, m => (m.Message.TextBody ?? "").Contains(first.ToString("D"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task AChatQueuedOutsideOfficeHoursWaitsForTheMorningSummary()
    {
        using var app = App(officeHours: false);
        var anna = await AdminAccounts.CoordinatorAsync(app.Services, "Anna", "Zuidwest");
        var resident = await Resident.StartAsync(app.CreateClient(), app.Services, "Zuidwest");
        await resident.RequestHumanAsync(app.Services);
        await Task.Delay(1500);
        Assert.Empty(Mails(_smtp));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BuurtBot.Reminders.DigestService>().RunAsync(CancellationToken.None);
        }

        var mail = Assert.Single(await MailsAsync(_smtp, 1));
        Assert.Equal([anna.Email], mail.To);
        Assert.Contains("1 bewoner wacht in de wachtrij.", mail.Message.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://buurtbot.test/admin/overzicht", mail.Message.TextBody, StringComparison.Ordinal);
    }

    private BuurtBotApp App(bool officeHours = true)
    {
        var app = new BuurtBotApp(_database)
        {
            UseWelcomeBot = true,
            Settings =
            {
                ["Notifications:Smtp:Host"] = "127.0.0.1",
                ["Notifications:Smtp:Port"] = _smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Notifications:Smtp:Security"] = "None",
                ["Notifications:Smtp:From"] = "BuurtBot <buurtbot@hilversum.example>",
                ["Notifications:BaseUrl"] = "https://buurtbot.test",
                ["Notifications:PollEvery"] = "00:00:00.200",
                ["Notifications:RetryAfter"] = "00:00:00.300",
                // Office hours all day, every day (or never today), whatever the time the tests run at.
                ["Handoff:OfficeHours:Days"] = officeHours ? "Mon,Tue,Wed,Thu,Fri,Sat,Sun" : OtherDay(),
                ["Handoff:OfficeHours:Start"] = "00:00",
                ["Handoff:OfficeHours:End"] = "23:59:59",
            },
        };
        return app;
    }

    private static string OtherDay()
    {
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DayOfWeek;
        return ((DayOfWeek)(((int)today + 3) % 7)).ToString()[..3];
    }

    private static async Task TurnOffAsync(IServiceProvider services, string email, NotificationKind kind)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CoordinatorAccount>>();
        await users.AddClaimAsync((await users.FindByEmailAsync(email))!, new Claim(AdminClaims.NotificationOff, kind.ToString()));
    }

    private static async Task WaitForAsync(IServiceProvider services, Func<BuurtBotDbContext, Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            await using var scope = services.CreateAsyncScope();
            if (await condition(scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>()))
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The condition was not met in time.");
    }

    private static async Task<IReadOnlyList<ReceivedMail>> MailsAsync(NodeServer smtp, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline && Mails(smtp).Count < count)
        {
            await Task.Delay(100);
        }

        return Mails(smtp);
    }

    private static List<ReceivedMail> Mails(NodeServer smtp) =>
        smtp.Lines.Where(l => l.StartsWith("mail ", StringComparison.Ordinal)).Select(l =>
        {
            var json = JsonNode.Parse(l[5..])!;
            var raw = Convert.FromBase64String(json["raw"]!.GetValue<string>());
            return new ReceivedMail(
                json["to"]!.AsArray().Select(t => t!.GetValue<string>()).ToList(),
                MimeMessage.Load(new MemoryStream(raw)),
                System.Text.Encoding.UTF8.GetString(raw));
        }).ToList();

    private sealed record ReceivedMail(IReadOnlyList<string> To, MimeMessage Message, string Raw);
}
