using BuurtBot.Dialogs.Messages;
using BuurtBot.Storage;
using BuurtBot.Tests.Testing;
using BuurtBot.Turns;
using Microsoft.EntityFrameworkCore;
using static BuurtBot.Tests.Testing.TelegramBotApp;

namespace BuurtBot.Tests.Channels.Telegram;

public sealed class TelegramPollingTests : IAsyncLifetime
{
    private FakeTelegramApi _telegram = null!;
    private BuurtBotApp _app = null!;

    public async Task InitializeAsync()
    {
        _telegram = await FakeTelegramApi.StartAsync();
        _app = Create(_telegram);
        _ = _app.Services; // starts the host, and with it the polling loop
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _telegram.DisposeAsync();
    }

    [Fact]
    public async Task AResidentWhoStartsAndTapsAButtonSeesTheMenuAndTheKeyboardGoes()
    {
        _telegram.QueueUpdates(TelegramUpdates.Text(1, "/start"));
        var welcome = (await _telegram.WaitForAsync("sendMessage"))[0];

        Assert.Contains("BuurtBot", TextOf(welcome));
        Assert.Equal(TelegramUpdates.ChatId, welcome.Body["chat_id"]!.GetValue<long>());
        Assert.Equal(
            ["Nieuw initiatief", "Mijn initiatieven", "Praat met een buurtcoördinator", "Privacy"],
            Buttons(welcome).Select(b => b.Title));

        var welcomeId = MessageIdOf(welcome);
        _telegram.QueueUpdates(TelegramUpdates.Tap(2, welcomeId, Buttons(welcome)[0].Data));
        var replies = await _telegram.WaitForAsync("sendMessage", 2);
        var answered = await _telegram.WaitForAsync("answerCallbackQuery");
        var edited = await _telegram.WaitForAsync("editMessageReplyMarkup");

        Assert.Equal("cbq-2", answered[0].Body["callback_query_id"]!.GetValue<string>());
        Assert.Equal(welcomeId, MessageIdOf(edited[0]));
        Assert.Null(edited[0].Body["reply_markup"]?["inline_keyboard"]?.AsArray().FirstOrDefault());
        Assert.Equal(4, Buttons(replies[1]).Count);
        var inbox = await _app.InboxAsync();
        Assert.Equal(["123456:1", "123456:2"], inbox.Select(i => i.ChannelMessageId));
        Assert.Equal(InboundKind.ConversationStarted, MessageJson.ReadInbound(inbox[0].Payload).Kind);
        Assert.Equal("Nieuw initiatief", MessageJson.ReadInbound(inbox[1].Payload).Text);
    }

    [Fact]
    public async Task TheOffsetMovesPastAnUpdateOnlyAfterItIsStored()
    {
        _telegram.QueueUpdates(TelegramUpdates.Text(41, "hallo"), TelegramUpdates.Text(42, "nog iets"));
        await _telegram.WaitForAsync("sendMessage", 2);
        // A long poll is recorded when it returns, at most PollingTimeoutSeconds later.
        await EventuallyAsync(() => Task.FromResult(_telegram.Succeeded("getUpdates").Any(c => c.Body["offset"] is not null)), "a poll with an offset");

        var polls = _telegram.Succeeded("getUpdates");
        var firstWithOffset = polls.First(c => c.Body["offset"] is not null);
        Assert.Null(polls[0].Body["offset"]);
        Assert.Equal(43, firstWithOffset.Body["offset"]!.GetValue<int>());
        Assert.Equal(2, await _app.InboxCountAsync());
        Assert.Equal(["message", "callback_query", "my_chat_member", "poll_answer"], polls[0].Body["allowed_updates"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public async Task AnUpdateDeliveredThreeTimesIsProcessedOnce()
    {
        for (var i = 0; i < 3; i++)
        {
            _telegram.QueueUpdates(TelegramUpdates.Text(7, "hallo"));
        }

        _telegram.QueueUpdates(TelegramUpdates.Text(8, "daarna"));
        await _telegram.WaitForAsync("sendMessage", 2);
        await EventuallyAsync(async () => await _app.QueryAsync(db => db.Inbox.CountAsync(i => i.ProcessedUtc != null)) == 2, "both turns processed");

        Assert.Equal(["123456:7", "123456:8"], (await _app.InboxAsync()).Select(i => i.ChannelMessageId));
        Assert.Equal(2, _telegram.Succeeded("sendMessage").Count);
        Assert.Equal(1, await _app.QueryAsync(db => db.Transcript.CountAsync(t => t.Author == TranscriptAuthor.Resident && t.Text == "hallo")));
    }

    [Fact]
    public async Task AnUnknownUpdateTypeIsSkippedAndStoresNothing()
    {
        _telegram.QueueUpdates(TelegramUpdates.InlineQuery(30), TelegramUpdates.Text(31, "hallo"));
        await _telegram.WaitForAsync("sendMessage");

        Assert.Equal(["123456:31"], (await _app.InboxAsync()).Select(i => i.ChannelMessageId));
    }

    [Fact]
    public async Task ALocationAndAPhotoReachTheDialogsAsNeutralMessagesThePhotoFetchedWithGetFileAndStoredClean()
    {
        _telegram.AddFile("large-id", TestPhotos.JpegWithGps());
        _telegram.QueueUpdates(TelegramUpdates.Location(50, 52.2292, 5.1669), TelegramUpdates.Photo(51, "de speeltuin"));
        await _telegram.WaitForAsync("sendMessage", 2);

        var inbox = (await _app.InboxAsync()).Select(i => MessageJson.ReadInbound(i.Payload)).ToList();
        Assert.Equal(new GeoLocation(52.2292, 5.1669), inbox[0].Location);
        // The largest size was asked for and downloaded; the turn names our clean copy, not Telegram's file id.
        Assert.Equal("large-id", Assert.Single(_telegram.Succeeded("getFile")).Body["file_id"]!.ToString());
        Assert.Equal(1, _telegram.FileDownloads);
        var photo = await _app.QueryAsync(db => db.Photos.SingleAsync());
        Assert.Equal("photo:" + photo.Id.ToString("N"), inbox[1].Attachments.Single().Reference);
        Assert.Equal("de speeltuin", inbox[1].Text);
        var content = await _app.QueryAsync(db => db.PhotoContents.SingleAsync());
        Assert.DoesNotContain(TestPhotos.SegmentMarkers(content.Jpeg), m => m is >= 0xE1 and <= 0xEF);
    }

    [Fact]
    public async Task AnImageSentAsADocumentIsFetchedAndAPdfIsRefusedWithoutDownloading()
    {
        _telegram.AddFile("doc-photo", TestPhotos.Png(800, 600), "documents/plek.png");
        _telegram.QueueUpdates(
            TelegramUpdates.Document(60, "doc-photo", "image/png", "plek.png"),
            TelegramUpdates.Document(61, "doc-pdf", "application/pdf", "brief.pdf"));
        await _telegram.WaitForAsync("sendMessage", 2);

        var inbox = (await _app.InboxAsync()).Select(i => MessageJson.ReadInbound(i.Payload)).ToList();
        Assert.True(inbox[0].Attachments.Single().IsStoredPhoto);
        Assert.Equal(AttachmentProblem.NotAPhoto, inbox[1].Attachments.Single().Problem);
        Assert.Equal(["doc-photo"], _telegram.Succeeded("getFile").Select(c => c.Body["file_id"]!.ToString()));
        Assert.Equal(1, await _app.QueryAsync(db => db.Photos.CountAsync()));
    }
}
