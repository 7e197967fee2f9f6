using BuurtBot.Dialogs.Conversations.Steun;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Tests.Steun;

public sealed class ShareCodeTests
{
    [Fact]
    public void NewCodesAreValidUnguessableAndFreeOfLookAlikes()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => ShareCodes.New()).ToList();

        Assert.All(codes, code => Assert.True(Initiatief.IsValidShareCode(code), code));
        Assert.All(codes, code => Assert.Equal(ShareCodes.Length, code.Length));
        Assert.DoesNotContain(codes, code => code.IndexOfAny(['0', 'O', '1', 'I', 'L']) >= 0);
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Theory]
    [InlineData("steun_ABCDEF2345", null, "ABCDEF2345")]
    [InlineData("steun_abcdef2345", null, "ABCDEF2345")]
    [InlineData("steun_ab", null, SteunLink.InvalidCode)]
    [InlineData("steun_<script>", null, SteunLink.InvalidCode)]
    [InlineData("buurt_centrum", null, null)]
    [InlineData(null, "steun ABCDEF2345", "ABCDEF2345")]
    [InlineData(null, "  Steun abcdef2345 ", "ABCDEF2345")]
    [InlineData(null, "steun dit idee", null)]
    [InlineData(null, "ik steun jullie", null)]
    public void ALinkIsRecognisedFromTheStartPayloadOrTheTeamsText(string? payload, string? text, string? expected)
    {
        var message = payload is null ? InboundMessage.FromText(text!) : new InboundMessage { Kind = InboundKind.ConversationStarted, StartPayload = payload };

        Assert.Equal(expected, SteunLink.CodeFrom(message));
    }
}
