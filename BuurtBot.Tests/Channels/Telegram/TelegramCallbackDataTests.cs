using System.Text;
using BuurtBot.Channels.Telegram;

namespace BuurtBot.Tests.Channels.Telegram;

public sealed class TelegramCallbackDataTests
{
    [Theory]
    [InlineData("Privacy")]
    [InlineData("Praat met een buurtcoördinator")]
    [InlineData("o:1:2")]
    public void AShortValueTravelsAsItself(string value)
    {
        var data = TelegramCallbackData.Encode(value, outboxId: 7, index: 0);

        Assert.True(TelegramCallbackData.TryDecode(data, out var decoded, out _));
        Assert.Equal(value, decoded);
    }

    [Fact]
    public void ALongValueBecomesAKeyToTheStoredReply()
    {
        var value = new string('é', 40); // 80 bytes in UTF-8

        var data = TelegramCallbackData.Encode(value, outboxId: 123_456_789, index: 7);

        Assert.True(Encoding.UTF8.GetByteCount(data) <= TelegramCallbackData.MaxBytes);
        Assert.True(TelegramCallbackData.TryDecode(data, out var decoded, out var key));
        Assert.Null(decoded);
        Assert.Equal((123_456_789L, 7), key);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Privacy")]
    [InlineData("o:abc:1")]
    [InlineData("o:1")]
    [InlineData("o:-1:0")]
    public void DataWeNeverMadeIsRefused(string? data) =>
        Assert.False(TelegramCallbackData.TryDecode(data, out _, out _));
}
