using BuurtBot.Dialogs.Conversations.Commands;
using BuurtBot.Dialogs.Conversations.Peiling;
using BuurtBot.Dialogs.Conversations.Steun;
using BuurtBot.Dialogs.Messages;
using static BuurtBot.Dialogs.Conversations.Commands.GlobalCommand;

namespace BuurtBot.Tests.Dialogs.Conversations.Commands;

/// <summary>The one table of what a resident can say anywhere: what they send, and the command it is (or none).</summary>
public sealed class GlobalCommandRecognizerTests
{
    private static readonly Guid PeilingId = Guid.Parse("0190f0f0-0000-7000-8000-000000000001");

    public static TheoryData<string, GlobalCommand?> WholeMessages => new()
    {
        { "stop", new Stop() },
        { "Annuleer", new Stop() },
        { "help", new Help() },
        { "Hulp", new Help() },
        { "menu", new Menu() },
        { "terug", new Back() },
        { "Terug!", new Back() },
        { "mens", new AskForPerson() },
        { "medewerker", new AskForPerson() },
        { "Coördinator", new AskForPerson() },
        { "ik wil een mens spreken", new AskForPerson() },
        { "Praat met een medewerker", new AskForPerson() },
        { "de bushalte moet stoppen bij de school", null },
        { "terugkoppeling graag", null },
        { "groen", null },
    };

    public static TheoryData<string, GlobalCommand?> TypedAnywhere => new()
    {
        // Language: the whole message, in either language, case and a closing mark aside.
        { "english", new SwitchLanguage("en-GB") },
        { "Engels", new SwitchLanguage("en-GB") },
        { "In English.", new SwitchLanguage("en-GB") },
        { "nederlands", new SwitchLanguage("nl-NL") },
        { "Dutch!", new SwitchLanguage("nl-NL") },
        { "in het Nederlands", new SwitchLanguage("nl-NL") },
        { "my english is not good", null },
        { "nederlandse les", null },

        // Privacy rights.
        { "mijn gegevens", new ExportData() },
        { "Mijn gegevens?", new ExportData() },
        { "my data", new ExportData() },
        { "vergeet mij", new EraseData() },
        { "Forget me!", new EraseData() },
        { "ik wil mijn gegevens zien", null },
        { "vergeet mij niet", null },

        // A share link as the Teams link types it.
        { "steun ABCDEF2345", new OpenShareLink("ABCDEF2345") },
        { "  Steun abcdef2345 ", new OpenShareLink("ABCDEF2345") },
        { "steun dit idee", null },
        { "ik steun jullie", null },

        // Peilingen on and off.
        { "geen peilingen", new PeilingenOff() },
        { "Geen peilingen!", new PeilingenOff() },
        { "stop peilingen", new PeilingenOff() },
        { "no polls", new PeilingenOff() },
        { "wel peilingen", new PeilingenOn() },
        { "yes polls", new PeilingenOn() },
        { "ik wil geen peilingen over de brug", null },
        { "peilingen", null },

        // Stop, menu, back, help: only as the whole message.
        { "/stop", new Stop() },
        { "stoppen", new Stop() },
        { "cancel", new Stop() },
        { "bushalte stoppen hier", null },
        { "stop maar met dat lawaai", null },
        { "Terug naar het menu", new Menu() },
        { "hoofdmenu", new Menu() },
        { "het menu van de snackbar", null },
        { "vorige vraag", new Back() },
        { "ga terug", new Back() },
        { "terug naar huis", null },
        { "help me", new Help() },
        { "help de buren", null },

        // A person: a short message that names one.
        { "ik wil een medewerker", new AskForPerson() },
        { "buurtcoördinator", new AskForPerson() },
        { "een medewerker van de gemeente zei dat het mocht", null },
        { "mensen helpen", null },

        // Ordinary answers.
        { "2", null },
        { "ja", null },
        { "", null },
    };

    [Theory]
    [MemberData(nameof(WholeMessages))]
    public void GlobalCommandsAreRecognisedOnlyAsWholeMessages(string typed, GlobalCommand? expected)
    {
        Assert.Equal(expected, GlobalCommandRecognizer.Recognize(InboundMessage.FromText(typed)));
    }

    [Theory]
    [MemberData(nameof(TypedAnywhere))]
    public void WhatAResidentTypesIsACommandOrLeftForTheOpenQuestion(string typed, GlobalCommand? expected)
    {
        Assert.Equal(expected, GlobalCommandRecognizer.Recognize(InboundMessage.FromText(typed)));
    }

    public static TheoryData<InboundMessage, GlobalCommand?> Sent => new()
    {
        // A tapped button's value counts before its title.
        { new InboundMessage { Text = "Terug naar het menu", Value = GlobalCommandRecognizer.MenuValue }, new Menu() },
        { new InboundMessage { Text = "Talk to a person", Value = GlobalCommandRecognizer.HumanValue }, new AskForPerson() },
        { new InboundMessage { Text = "Stop", Value = "own" }, new Stop() },

        // A peiling answered long after the question: a tap (a value, or Telegram's text) and a poll vote.
        { new InboundMessage { Text = "Ja", Value = PeilingToken.For(PeilingId, 1) }, new AnswerPeiling(new PeilingAnswerRequest(PeilingId, null, 1)) },
        { InboundMessage.FromText(PeilingToken.For(PeilingId, 0)), new AnswerPeiling(new PeilingAnswerRequest(PeilingId, null, 0)) },
        { new InboundMessage { PollVote = new PollVote("poll-9", [2]) }, new AnswerPeiling(new PeilingAnswerRequest(null, "poll-9", 2)) },
        { new InboundMessage { PollVote = new PollVote("poll-9", []) }, new AnswerPeiling(new PeilingAnswerRequest(null, "poll-9", null)) },

        // A share link opens the chat too: a start payload counts on a reopened chat, words do not.
        { new InboundMessage { Kind = InboundKind.ConversationStarted, StartPayload = "steun_abcdef2345" }, new OpenShareLink("ABCDEF2345") },
        { new InboundMessage { Kind = InboundKind.ConversationStarted, StartPayload = "steun_<b>" }, new OpenShareLink(SteunLink.InvalidCode) },
        { new InboundMessage { Kind = InboundKind.ConversationStarted, StartPayload = "buurt_centrum" }, null },
        { new InboundMessage { Kind = InboundKind.ConversationStarted, Text = "stop" }, null },
        { new InboundMessage { Kind = InboundKind.ConversationStarted, Text = "english" }, null },

        // What the host sends is never a command.
        { InboundMessage.ForEvent("checkin", "menu"), null },
        { InboundMessage.HandedBack(startAgain: true), null },
    };

    [Theory]
    [MemberData(nameof(Sent))]
    public void ButtonsPollsAndLinksAreRecognisedByWhatTheyCarry(InboundMessage sent, GlobalCommand? expected)
    {
        Assert.Equal(expected, GlobalCommandRecognizer.Recognize(sent));
    }
}
