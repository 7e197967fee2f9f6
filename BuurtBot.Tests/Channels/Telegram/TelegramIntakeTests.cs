using BuurtBot.Tests.Testing;
using static BuurtBot.Tests.Testing.TelegramBotApp;

namespace BuurtBot.Tests.Channels.Telegram;

/// <summary>The resident conversations (not the welcome bot) over Telegram's buttons.</summary>
public sealed class TelegramIntakeTests : IAsyncLifetime
{
    private FakeTelegramApi _telegram = null!;
    private BuurtBotApp _app = null!;

    public async Task InitializeAsync()
    {
        _telegram = await FakeTelegramApi.StartAsync();
        _app = Create(_telegram);
        _app.UseWelcomeBot = false;
        _ = _app.Services; // starts the host, and with it the polling loop
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _telegram.DisposeAsync();
    }

    [Fact]
    public async Task TappingWeetIkNietAtTheBuurtQuestionGoesOnToTheThema()
    {
        // Found by the load generator: this button once carried an empty value, which Telegram sent back as an
        // empty message the prompt could not recognise, so a resident who did not know their buurt got stuck.
        _telegram.QueueUpdates(TelegramUpdates.Text(60, "/start"));
        var update = 61;
        var seen = 0;
        foreach (var title in new[] { "Nieuw initiatief", "Centrum", "Weet ik niet / andere buurt" })
        {
            while (true)
            {
                var sent = await _telegram.WaitForAsync("sendMessage", seen + 1);
                seen = sent.Count;
                var buttons = Buttons(sent[^1]);
                var pick = buttons.FirstOrDefault(b => b.Title == "Ja, dat is goed");
                pick = pick.Title is null ? buttons.FirstOrDefault(b => b.Title == title) : pick;
                if (pick.Title is not null)
                {
                    _telegram.QueueUpdates(TelegramUpdates.Tap(update++, MessageIdOf(sent[^1]), pick.Data));
                    if (pick.Title == title)
                    {
                        break;
                    }
                }
            }
        }

        var thema = await _telegram.WaitForAsync("sendMessage", seen + 1);
        Assert.StartsWith("Waar gaat je idee over?", TextOf(thema[^1]));
        Assert.DoesNotContain(thema, c => TextOf(c).Contains("begrijp je niet", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheTextsOfOneTurnArriveAsOneMessageWithTheQuestion()
    {
        // The intake's introduction and its first question are one turn: one Telegram message, so the
        // per-chat pace does not hold the question back a second.
        _telegram.QueueUpdates(TelegramUpdates.Text(70, "/start"));
        var consent = await _telegram.WaitForAsync("sendMessage", 1);
        var agree = Buttons(consent[^1]).Single(b => b.Title == "Ja, dat is goed");
        _telegram.QueueUpdates(TelegramUpdates.Tap(71, MessageIdOf(consent[^1]), agree.Data));
        var menu = await _telegram.WaitForAsync("sendMessage", consent.Count + 1);
        var nieuw = Buttons(menu[^1]).Single(b => b.Title == "Nieuw initiatief");
        _telegram.QueueUpdates(TelegramUpdates.Tap(72, MessageIdOf(menu[^1]), nieuw.Data));

        var intake = await _telegram.WaitForAsync("sendMessage", menu.Count + 1);
        var text = TextOf(intake[^1]);
        Assert.StartsWith("Leuk dat je een idee hebt!", text, StringComparison.Ordinal);
        Assert.Contains("In welke wijk is je idee?", text, StringComparison.Ordinal);
        Assert.Contains(Buttons(intake[^1]), b => b.Title == "Centrum");
        Assert.Equal(menu.Count + 1, intake.Count);
    }
}
