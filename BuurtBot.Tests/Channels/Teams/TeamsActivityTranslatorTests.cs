using System.Text.Json;
using BuurtBot.Channels.Teams;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Turns;

namespace BuurtBot.Tests.Channels.Teams;

public sealed class TeamsActivityTranslatorTests
{
    [Theory]
    [InlineData("<at>BuurtBot</at> hallo", "hallo")]
    [InlineData("hallo <at>BuurtBot</at>", "hallo")]
    [InlineData("<at id=\"0\">Buurt Bot</at>nieuw initiatief", "nieuw initiatief")]
    [InlineData("geen mention", "geen mention")]
    public void MentionsAreStripped(string text, string expected) =>
        Assert.Equal(expected, TeamsActivityTranslator.StripMentions(text));

    [Fact]
    public void InAPersonalChatTheTextIsTakenAsItIs()
    {
        var envelope = Translate("""{"type":"message","id":"1","text":"<at>x</at> hoi","conversation":{"id":"a:1","conversationType":"personal"}}""");

        Assert.Equal("<at>x</at> hoi", envelope!.Message.Text);
    }

    [Fact]
    public void AMessageBackValueArrivesAsTheValue()
    {
        var envelope = Translate("""{"type":"message","id":"1","text":"Groen","value":{"thema":"groen"},"conversation":{"id":"a:1"}}""");

        Assert.Equal("Groen", envelope!.Message.Text);
        Assert.Equal("""{"thema":"groen"}""", envelope.Message.Value);
        Assert.Equal("a:1|1", envelope.ChannelMessageId);
    }

    [Fact]
    public void InstallingAndBeingAddedShareOneWelcome()
    {
        var installed = Translate("""{"type":"installationUpdate","id":"7","action":"add","conversation":{"id":"a:1"}}""");
        var added = Translate("""{"type":"conversationUpdate","id":"8","membersAdded":[{"id":"28:bot"}],"conversation":{"id":"a:1"}}""");

        Assert.Equal(InboundKind.ConversationStarted, installed!.Message.Kind);
        Assert.Equal(InboundKind.ConversationStarted, added!.Message.Kind);
        Assert.Equal(installed.ChannelMessageId, added.ChannelMessageId);
    }

    [Theory]
    [InlineData("""{"type":"conversationUpdate","id":"8","membersAdded":[{"id":"29:someone-else"}],"conversation":{"id":"a:1"}}""")]
    [InlineData("""{"type":"installationUpdate","id":"9","action":"remove","conversation":{"id":"a:1"}}""")]
    [InlineData("""{"type":"message","id":"10","text":"   ","conversation":{"id":"a:1"}}""")]
    public void ActivitiesThatAskNothingOfTheBotGiveNoEnvelope(string json) => Assert.Null(Translate(json));

    [Fact]
    public void TheReferenceKeepsIdsAndNoNames()
    {
        var envelope = Translate("""{"type":"message","id":"1","text":"hoi","from":{"id":"29:u","name":"Jan Jansen"},"conversation":{"id":"a:1"},"channelData":{"tenant":{"id":"t-1"}}}""");
        var reference = TeamsConversationReference.FromJson(envelope!.ChannelData)!;

        Assert.Equal("t-1", reference.TenantId);
        Assert.Equal("29:u", reference.UserId);
        Assert.DoesNotContain("Jan", envelope.ChannelData);
    }

    [Fact]
    public void TheActivityIdComesBackOutOfTheMessageId()
    {
        Assert.Equal("1481567603816", TeamsActivityTranslator.ActivityIdOf("19:x@thread;messageid=1", TeamsActivityTranslator.MessageId("19:x@thread;messageid=1", "1481567603816")));
        Assert.Null(TeamsActivityTranslator.ActivityIdOf("a:1", null));
    }

    private static InboundEnvelope? Translate(string json)
    {
        var raw = JsonSerializer.Deserialize<TeamsActivity>(json, MessageJson.Options)!;
        var activity = raw with
        {
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            ChannelId = "msteams",
            Recipient = new TeamsAccount("28:bot"),
        };
        var reference = TeamsActivityTranslator.ReferenceOf(activity, authenticated: true)!;
        return TeamsActivityTranslator.ToEnvelope(activity, reference);
    }
}
