using BuurtBot.Dialogs.Domain.Peilingen;
using BuurtBot.Peilingen;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using static BuurtBot.Tests.Testing.TelegramBotApp;

namespace BuurtBot.Tests.Peilingen;

/// <summary>A buurtpeiling in Telegram: a native non-anonymous poll out, poll_answer votes back in, through the fake Bot API.</summary>
public sealed class TelegramPeilingTests : IAsyncLifetime
{
    private const long OostChat = 777_001;
    private const long NoPeilingenChat = 777_002;

    private FakeTelegramApi _telegram = null!;
    private BuurtBotApp _app = null!;

    public async Task InitializeAsync()
    {
        _telegram = await FakeTelegramApi.StartAsync();
        _app = Create(_telegram).WithPeilingen();
        _ = _app.Services;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _telegram.DisposeAsync();
    }

    [Fact]
    public async Task AResidentVotesInTheTelegramPollChangesAndTakesBackTheVoteAndIsToldWhenItIsClosed()
    {
        // Three residents open the chat; only the first lives in the buurt and wants peilingen.
        _telegram.QueueUpdates(TelegramUpdates.Text(1, "hallo"), TelegramUpdates.Text(2, "hallo", OostChat), TelegramUpdates.Text(3, "hallo", NoPeilingenChat));
        await EventuallyAsync(async () => (await _app.QueryAsync(db => db.Inbox.CountAsync(i => i.ProcessedUtc != null))) == 3, "three first turns");
        var chats = await _app.QueryAsync(db => db.Conversations.AsNoTracking().ToDictionaryAsync(c => long.Parse(c.ChannelConversationId, System.Globalization.CultureInfo.InvariantCulture), c => c.Id));
        await _app.MakeResidentAsync(chats[TelegramUpdates.ChatId], "Centrum", "Havenstraatbuurt");
        await _app.MakeResidentAsync(chats[OostChat], "Oost", null);
        await _app.MakeResidentAsync(chats[NoPeilingenChat], "Centrum", "Havenstraatbuurt", peilingen: false);
        Assert.Contains("poll_answer", _telegram.Calls.First(c => c.Method == "getUpdates").Body["allowed_updates"]!.AsArray().Select(u => u!.GetValue<string>()));

        var now = DateTime.UtcNow;
        var peiling = await _app.StartPeilingAsync(
            new PeilingDraft(PeilingKind.Keuze, "Waar moet het nieuwe bankje komen?", ["Bij de speeltuin", "Bij de vijver", "Bij de school"],
                PeilingTarget.Buurt, "Centrum", "Havenstraatbuurt", null, now, now.AddHours(2)), now);

        var sent = await _app.SendPeilingAsync(peiling.Id);

        Assert.Equal(new PeilingOutcome(PeilingStep.Done, 1), sent);
        var poll = Assert.Single(await _telegram.WaitForAsync("sendPoll"));
        Assert.Equal(TelegramUpdates.ChatId, poll.Body["chat_id"]!.GetValue<long>());
        Assert.Equal("Waar moet het nieuwe bankje komen?", poll.Body["question"]!.GetValue<string>());
        Assert.Equal(["Bij de speeltuin", "Bij de vijver", "Bij de school"], poll.Body["options"]!.AsArray().Select(o => o!["text"]!.GetValue<string>()));
        Assert.False(poll.Body["is_anonymous"]!.GetValue<bool>());
        Assert.Contains(_telegram.Succeeded("sendMessage"), m => TextOf(m).Contains("wil graag weten wat jij vindt", StringComparison.Ordinal));
        var pollId = poll.Result!["poll"]!["id"]!.GetValue<string>();
        await EventuallyAsync(
            async () => await _app.QueryAsync(db => db.Set<PeilingDelivery>().AnyAsync(d => d.PeilingId == peiling.Id && d.ChannelPollId == pollId)),
            "the poll id is remembered");

        await VoteAsync(10, pollId, [1], "Je antwoord is: Bij de vijver");
        Assert.Equal(1, Assert.Single(await _app.AnswersAsync(peiling.Id)).OptionIndex);

        await VoteAsync(11, pollId, [2], "Je antwoord is veranderd. Het is nu: Bij de school");
        Assert.Equal(2, Assert.Single(await _app.AnswersAsync(peiling.Id)).OptionIndex);

        await VoteAsync(12, pollId, [], "Je antwoord is weggehaald");
        Assert.Empty(await _app.AnswersAsync(peiling.Id));

        await VoteAsync(13, pollId, [0], "Je antwoord is: Bij de speeltuin");

        // Every vote was stored in the inbox first, like any update.
        var inbox = await _app.InboxAsync();
        Assert.Contains(inbox, i => i.ChannelMessageId == $"{FakeTelegramApi.BotId}:12");

        // Out of the buurt, or not wanting peilingen: nothing at all.
        Assert.All(_telegram.Succeeded("sendPoll"), p => Assert.Equal(TelegramUpdates.ChatId, p.Body["chat_id"]!.GetValue<long>()));
        Assert.Empty(await _app.EventsAsync(chats[OostChat]));
        Assert.Empty(await _app.EventsAsync(chats[NoPeilingenChat]));

        // Its closing time passes: the result goes to the participant; a late vote is refused kindly.
        await _app.WithDbAsync(db => db.Set<Peiling>().Where(p => p.Id == peiling.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.ClosesUtc, DateTime.UtcNow.AddSeconds(-1))));
        Assert.Equal(new PeilingOutcome(PeilingStep.Done, 1), await _app.ClosePeilingAsync(peiling.Id));
        var result = await WaitForMessageAsync("uitslag");
        Assert.Contains("Bij de speeltuin: 1 (100%)", result, StringComparison.Ordinal);
        Assert.Contains("Bij de vijver: 0 (0%)", result, StringComparison.Ordinal);

        await VoteAsync(14, pollId, [1], "deze peiling is gesloten");
        Assert.Equal(0, Assert.Single(await _app.AnswersAsync(peiling.Id)).OptionIndex);
    }

    private async Task VoteAsync(int updateId, string pollId, int[] options, string expectedReply)
    {
        _telegram.QueueUpdates(TelegramUpdates.PollAnswer(updateId, pollId, options));
        await WaitForMessageAsync(expectedReply);
    }

    private async Task<string> WaitForMessageAsync(string contains)
    {
        string? found = null;
        await EventuallyAsync(() =>
        {
            found = _telegram.Succeeded("sendMessage").Select(TextOf).LastOrDefault(t => t.Contains(contains, StringComparison.Ordinal));
            return Task.FromResult(found is not null);
        }, $"a message containing '{contains}'");
        return found!;
    }
}
