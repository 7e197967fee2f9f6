using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using static BuurtBot.Tests.Testing.TelegramBotApp;

namespace BuurtBot.Tests.Steun;

/// <summary>The Telegram deep link <c>t.me/&lt;bot&gt;?start=steun_CODE</c>, through the real conversation and the fake Bot API.</summary>
public sealed class TelegramShareLinkTests : IAsyncLifetime
{
    private FakeTelegramApi _telegram = null!;
    private BuurtBotApp _app = null!;
    private int _update;
    private int _read;
    private TelegramCall? _current;
    private int _offset;

    public async Task InitializeAsync()
    {
        _telegram = await FakeTelegramApi.StartAsync();
        _app = Create(_telegram);
        _app.UseWelcomeBot = false;
        _app.Settings["Steun:TelegramBotUsername"] = "BuurtBotHilversumBot";
        _ = _app.Services;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _telegram.DisposeAsync();
    }

    [Fact]
    public async Task SupportThroughTheDeepLinkCountsOnceAndBesideAWebChatNeighbourItCountsTwo()
    {
        var code = ShareCodes.New();
        await TestInitiatieven.SeedAsync(_app.Services, "Bloembakken Stationsplein", "Centrum", shape: (i, now) => i.PublishApproved(code, now));

        Send($"/start steun_{code}");
        await Next("Ik ben BuurtBot");
        var consent = await Next("Vind je dat goed?");
        Tap(consent, "Ja, dat is goed");
        Assert.Contains("Aantal bewoners dat dit steunt: 0", TextOf(await Next("Bloembakken Stationsplein")), StringComparison.Ordinal);
        Tap(await Next("Wil je dit initiatief steunen?"), "Ik steun dit");
        await Next("Er zijn nu 1 bewoners die dit steunen.");
        await Next("Wat wil je doen?");

        // The same resident opens the link again: the initiatief, and their support counted once.
        Send($"/start steun_{code}");
        Assert.Contains("Aantal bewoners dat dit steunt: 1", TextOf(await Next("Bloembakken Stationsplein")), StringComparison.Ordinal);
        Tap(await Next("Wil je dit initiatief steunen?"), "Ik steun dit");
        await Next("Je steunt ‘Bloembakken Stationsplein’ al.");
        await Next("Wat wil je doen?");
        Assert.Equal(1, await _app.QueryAsync(db => db.Steun.CountAsync()));

        var web = await ResidentChat.WithConsentAsync(_app);
        await web.ExpectReply(contains: "Wat wil je doen?");
        for (var time = 0; time < 2; time++)
        {
            await web.OpenShareLink(code);
            await web.ExpectReply(contains: $"Aantal bewoners dat dit steunt: {1 + time}");
            await web.ExpectReply(contains: "Wil je dit initiatief steunen?");
            await web.Tap("Ik steun dit");
            await web.ExpectReply(contains: time == 0 ? "Er zijn nu 2 bewoners die dit steunen." : "al.");
            await web.ExpectReply(contains: "Wat wil je doen?");
        }

        Assert.Equal(2, await _app.QueryAsync(db => db.Steun.CountAsync()));
    }

    [Fact]
    public async Task PublishingInTelegramGivesTheDeepLinkAndTheQrCodeAsAnImage()
    {
        Send("/start");
        await Next("Ik ben BuurtBot");
        Tap(await Next("Vind je dat goed?"), "Ja, dat is goed");
        var menu = await Next("Wat wil je doen?");
        var residentId = await _app.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        await TestInitiatieven.SeedAsync(_app.Services, "Zitbank Anna's Hoeve", "Oost", residentId.ToString("D"));

        Tap(menu, "Mijn initiatieven");
        await Next("Dit zijn jouw initiatieven");
        Tap(await Next("Over welk initiatief"), "Zitbank Anna's Hoeve");
        await Next("Zitbank Anna's Hoeve");
        Tap(await Next("Wat wil je doen?"), "Openbaar maken");
        Tap(await Next("Mag je initiatief openbaar worden?"), "Ja, maak openbaar");

        var code = await _app.QueryAsync(db => db.Initiatieven.Select(i => i.ShareCode).SingleAsync());
        var document = (await _telegram.WaitForAsync("sendDocument"))[0];
        var links = _telegram.Succeeded("sendMessage").Select(TextOf).Single(t => t.Contains("is nu openbaar", StringComparison.Ordinal));
        Assert.Contains($"Telegram: https://t.me/BuurtBotHilversumBot?start=steun_{code}", links, StringComparison.Ordinal);
        Assert.Contains($"/?steun={code}", links, StringComparison.Ordinal);
        Assert.Equal(TelegramUpdates.ChatId, document.Body["chat_id"]!.GetValue<long>());
        Assert.Equal("steun-qr-code.png", document.Body["document"]!["file_name"]!.GetValue<string>());
    }

    private void Send(string text) => _telegram.QueueUpdates(TelegramUpdates.Text(++_update, text));

    private void Tap(TelegramCall message, string title) =>
        _telegram.QueueUpdates(TelegramUpdates.Tap(++_update, MessageIdOf(message), Buttons(message).Single(b => b.Title == title).Data));

    /// <summary>
    /// The next thing the bot said, in order; it must contain <paramref name="contains"/>. The texts of
    /// one turn arrive as one Telegram message, so the next thing may be further on in the last message.
    /// </summary>
    private async Task<TelegramCall> Next(string contains)
    {
        if (_current is not null && TextOf(_current).IndexOf(contains, _offset, StringComparison.Ordinal) is var further and >= 0)
        {
            _offset = further + contains.Length;
            return _current;
        }

        var sent = await _telegram.WaitForAsync("sendMessage", ++_read);
        _current = sent[_read - 1];
        var at = TextOf(_current).IndexOf(contains, StringComparison.Ordinal);
        Assert.True(at >= 0, $"Expected '{contains}', got: '{TextOf(_current)}'");
        _offset = at + contains.Length;
        return _current;
    }
}
