using BuurtBot.Channels.Teams;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Tests.Channels.Teams;

public sealed class TeamsReplyRendererTests
{
    private static TeamsConversationReference Reference(string type) => new()
    {
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        ChannelId = "msteams",
        ConversationId = "a:1",
        ConversationType = type,
        BotId = "28:bot",
        UserId = "29:user",
    };

    private static OutboundMessage Prompt(int choices) => new()
    {
        Text = "Kies",
        Choices = Enumerable.Range(1, choices).Select(i => ReplyChoice.Of($"Keuze {i}")).ToList(),
        InputHint = InputHint.ExpectingInput,
    };

    [Theory]
    [InlineData("personal", 1, "suggestedActions")]
    [InlineData("personal", 3, "suggestedActions")]
    [InlineData("personal", 4, "heroCard")]
    [InlineData("groupChat", 2, "heroCard")]
    [InlineData("channel", 3, "heroCard")]
    public void ChoicesAreSuggestedActionsOnlyInAPersonalChatWithAtMostThree(string conversationType, int choices, string expected)
    {
        var activity = TeamsReplyRenderer.Render(Prompt(choices), Reference(conversationType), "1", "nl-NL");

        if (expected == "suggestedActions")
        {
            Assert.Equal(choices, activity.SuggestedActions!.Actions.Count);
            Assert.All(activity.SuggestedActions.Actions, a => Assert.Equal("imBack", a.Type));
            Assert.Equal(["29:user"], activity.SuggestedActions.To);
            Assert.Equal("Kies", activity.Text);
            Assert.Null(activity.Attachments);
        }
        else
        {
            Assert.Null(activity.SuggestedActions);
            var card = Assert.Single(activity.Attachments!);
            Assert.Equal(TeamsReplyRenderer.HeroCardContentType, card.ContentType);
            Assert.Equal("Kies", card.Content!.Value.GetProperty("text").GetString());
            Assert.Equal(choices, card.Content.Value.GetProperty("buttons").GetArrayLength());
        }
    }

    /// <summary>A tap's visible text is the title: imBack sends its value as the resident's message, so its value is the title.</summary>
    [Fact]
    public void ASuggestedActionSendsTheTitleNotTheChoicesCode()
    {
        var message = new OutboundMessage { Text = "Kies", Choices = [new ReplyChoice("Iets anders", "own"), new ReplyChoice("Klaar", "done")] };

        var activity = TeamsReplyRenderer.Render(message, Reference("personal"), null, "nl-NL");

        Assert.All(activity.SuggestedActions!.Actions, a => Assert.Equal(a.Title, a.Value));
        Assert.Equal(["Iets anders", "Klaar"], activity.SuggestedActions.Actions.Select(a => a.Value));
    }

    /// <summary>On a card the button is a messageBack: the chat shows its title (displayText), the bot gets the code in value.</summary>
    [Fact]
    public void ACardButtonShowsItsTitleAndSendsTheCodeAsValue()
    {
        var message = new OutboundMessage { Text = "Kies", Choices = [new ReplyChoice("Groen", "Groen"), new ReplyChoice("Spelen en bewegen", "SpelenEnBewegen")] };

        var activity = TeamsReplyRenderer.Render(message, Reference("groupChat"), null, "nl-NL");

        var buttons = Assert.Single(activity.Attachments!).Content!.Value.GetProperty("buttons").EnumerateArray().ToList();
        Assert.All(buttons, b => Assert.Equal("messageBack", b.GetProperty("type").GetString()));
        Assert.Equal("Spelen en bewegen", buttons[1].GetProperty("displayText").GetString());
        Assert.Equal("Spelen en bewegen", buttons[1].GetProperty("text").GetString());
        Assert.Equal("SpelenEnBewegen", buttons[1].GetProperty("value").GetString());
    }

    [Fact]
    public void MoreThanSixChoicesAreSpreadOverSeveralCards()
    {
        var activity = TeamsReplyRenderer.Render(Prompt(8), Reference("groupChat"), null, "nl-NL");

        Assert.Equal(2, activity.Attachments!.Count);
        Assert.Equal(6, activity.Attachments[0].Content!.Value.GetProperty("buttons").GetArrayLength());
        Assert.Equal(2, activity.Attachments[1].Content!.Value.GetProperty("buttons").GetArrayLength());
        Assert.Equal("list", activity.AttachmentLayout);
    }

    [Fact]
    public void EveryActivityHasAnInputHintAndALocale()
    {
        var plain = TeamsReplyRenderer.Render(OutboundMessage.FromText("Dank je"), Reference("personal"), null, "");
        var prompt = TeamsReplyRenderer.Render(Prompt(2), Reference("personal"), null, "en-US");

        Assert.Equal("acceptingInput", plain.InputHint);
        Assert.Equal("nl-NL", plain.Locale);
        Assert.Equal("expectingInput", prompt.InputHint);
        Assert.Equal("en-US", prompt.Locale);
    }

    [Fact]
    public void TypingBecomesATypingActivity()
    {
        var activity = TeamsReplyRenderer.Render(new OutboundMessage { Kind = OutboundKind.Typing }, Reference("personal"), null, "nl-NL");

        Assert.Equal("typing", activity.Type);
        Assert.Null(activity.Text);
    }
}
