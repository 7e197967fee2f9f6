using System.Text.Json;
using System.Text.Json.Nodes;
using BuurtBot.Channels.Telegram;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Tests.Testing;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace BuurtBot.Tests.Channels.Telegram;

public sealed class TelegramUpdateTranslatorTests
{
    [Fact]
    public void TextBecomesAMessageInTheResidentsChat()
    {
        var turn = Assert.IsType<TelegramTurn>(Translate(TelegramUpdates.Text(1, "  hallo buurt ")));

        Assert.Equal(TelegramUpdates.ChatId, turn.ChatId);
        Assert.Equal(InboundKind.Message, turn.Message.Kind);
        Assert.Equal("hallo buurt", turn.Message.Text);
        Assert.Equal("nl", turn.Locale);
    }

    [Theory]
    [InlineData("/start", null)]
    [InlineData("/start steun_abc", "steun_abc")]
    [InlineData("/start@BuurtBot_bot steun_abc", "steun_abc")]
    [InlineData("/START", null)]
    public void StartBeginsTheConversationWithItsDeepLinkPayload(string text, string? payload)
    {
        var turn = Assert.IsType<TelegramTurn>(Translate(TelegramUpdates.Text(1, text)));

        Assert.Equal(InboundKind.ConversationStarted, turn.Message.Kind);
        Assert.Equal(payload, turn.Message.StartPayload);
    }

    [Theory]
    [InlineData("/starten")]
    [InlineData("ik wil /start zeggen")]
    public void TextThatOnlyLooksLikeStartIsAMessage(string text)
    {
        var turn = Assert.IsType<TelegramTurn>(Translate(TelegramUpdates.Text(1, text)));

        Assert.Equal(InboundKind.Message, turn.Message.Kind);
    }

    [Fact]
    public void ASharedLocationKeepsItsCoordinates()
    {
        var turn = Assert.IsType<TelegramTurn>(Translate(TelegramUpdates.Location(1, 52.2292, 5.1669)));

        Assert.Equal(new GeoLocation(52.2292, 5.1669), turn.Message.Location);
        Assert.Null(turn.Message.Text);
    }

    [Fact]
    public void APhotoIsTheLargestSizeWithItsCaption()
    {
        var turn = Assert.IsType<TelegramTurn>(Translate(TelegramUpdates.Photo(1, "kapotte lantaarn")));

        var photo = Assert.Single(turn.Message.Attachments);
        Assert.Equal("large-id", photo.Reference);
        Assert.Equal("image/jpeg", photo.ContentType);
        Assert.Equal("kapotte lantaarn", turn.Message.Text);
    }

    [Fact]
    public void AButtonTapCarriesItsDataAndTheMessageToClean()
    {
        var tap = Assert.IsType<TelegramButtonTap>(Translate(TelegramUpdates.Tap(3, 1001, "v:Privacy")));

        Assert.Equal("cbq-3", tap.CallbackQueryId);
        Assert.Equal(1001, tap.MessageId);
        Assert.Equal("v:Privacy", tap.Data);
        Assert.Equal(TelegramUpdates.ChatId, tap.ChatId);
    }

    [Theory]
    [InlineData("kicked", true)]
    [InlineData("member", false)]
    public void BlockingAndUnblockingTheBotAreNoticed(string status, bool blocked)
    {
        var change = Assert.IsType<TelegramBlockChange>(Translate(TelegramUpdates.MemberStatus(4, status)));

        Assert.Equal(blocked, change.Blocked);
    }

    [Fact]
    public void UpdatesTheBotDoesNotUnderstandAreIgnored()
    {
        var edited = new JsonObject { ["update_id"] = 5, ["edited_message"] = TelegramUpdates.Text(5, "oops")["message"]!.DeepClone() };
        var sticker = TelegramUpdates.Text(6, "x");
        sticker["message"]!.AsObject().Remove("text");

        Assert.Null(Translate(TelegramUpdates.InlineQuery(4)));
        Assert.Null(Translate(edited));
        Assert.Null(Translate(sticker));
        Assert.Null(Translate(JsonNode.Parse("""{"update_id":7,"something_new":{}}""")!.AsObject()));
    }

    [Fact]
    public void TheInboxKeyIsTheBotAndTheUpdateId() =>
        Assert.Equal("123456:42", TelegramUpdateTranslator.ChannelMessageId("123456", 42));

    private static TelegramInbound? Translate(JsonObject update) =>
        TelegramUpdateTranslator.Translate(JsonSerializer.Deserialize<Update>(update.ToJsonString(), JsonBotAPI.Options)!);
}
