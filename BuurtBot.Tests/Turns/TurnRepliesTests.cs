using BuurtBot.Dialogs.Messages;
using BuurtBot.Turns;

namespace BuurtBot.Tests.Turns;

public sealed class TurnRepliesTests
{
    [Fact]
    public void TextsBeforeAQuestionBecomeOneMessageWithItsButtons()
    {
        var question = new OutboundMessage { Text = "Wat wil je doen?", Choices = [ReplyChoice.Of("Menu")], InputHint = InputHint.ExpectingInput };

        var combined = TurnReplies.Combine([OutboundMessage.FromText("Genoteerd."), OutboundMessage.FromText("Nog iets?"), question], 4096);

        var only = Assert.Single(combined);
        Assert.Equal(("Genoteerd.\n\nNog iets?\n\nWat wil je doen?", InputHint.ExpectingInput), (only.Text, only.InputHint));
        Assert.Equal(["Menu"], only.Choices.Select(c => c.Title));
    }

    [Fact]
    public void WhatDoesNotFitAFileOrAPollKeepsItsOwnMessage()
    {
        var file = new OutboundMessage { Text = "Hier zijn je gegevens.", Attachment = new OutboundAttachment("data.json", "application/json", [1]) };
        var buttons = new OutboundMessage { Text = "Kies", Choices = [ReplyChoice.Of("Ja")] };

        var combined = TurnReplies.Combine([OutboundMessage.FromText(new string('a', 30)), OutboundMessage.FromText(new string('b', 30)), file, buttons, OutboundMessage.FromText("Daarna.")], 40);

        Assert.Equal([new string('a', 30), new string('b', 30), "Hier zijn je gegevens.", "Kies", "Daarna."], combined.Select(m => m.Text));
    }
}
