using BuurtBot.Channels.Telegram;
using CsCheck;

namespace BuurtBot.Tests.Channels.Telegram;

public sealed class TelegramTextSplitterTests
{
    [Theory]
    [InlineData("", new string[0])]
    [InlineData("   ", new string[0])]
    [InlineData("kort", new[] { "kort" })]
    [InlineData("aaaa\n\nbbbb", new[] { "aaaa\n\nbbbb" })]
    [InlineData("aaaa bbbb\n\ncccc", new[] { "aaaa bbbb", "cccc" })]
    [InlineData("aaaa\nbbbb cccc", new[] { "aaaa", "bbbb cccc" })]
    [InlineData("aaaa bbbb cccc", new[] { "aaaa bbbb", "cccc" })]
    [InlineData("aaaaaaaaaaaaaa", new[] { "aaaaaaaaaa", "aaaa" })]
    public void SplitsAtParagraphsThenLinesThenWords(string text, string[] expected) =>
        Assert.Equal(expected, TelegramTextSplitter.Split(text, maxLength: 10));

    [Fact]
    public void AnEmojiIsNeverCutInTwo()
    {
        var parts = TelegramTextSplitter.Split("aaaaaaaaa🌳", maxLength: 10);

        Assert.Equal(["aaaaaaaaa", "🌳"], parts);
    }

    [Fact]
    public void EveryPartFitsAndNoWordIsLost() =>
        Gen.String[Gen.Char["ab \n"], 0, 300].Sample(text =>
        {
            var parts = TelegramTextSplitter.Split(text, maxLength: 20);

            Assert.All(parts, p => Assert.InRange(p.Length, 1, 20));
            Assert.Equal(Words(text), parts.SelectMany(Words));
        });

    private static IEnumerable<string> Words(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
}
