using BuurtBot.Dialogs.Conversations.Peiling;
using BuurtBot.Dialogs.Domain.Peilingen;
using BuurtBot.Dialogs.Messages;
using BuurtBot.Peilingen;

namespace BuurtBot.Tests.Peilingen;

/// <summary>The pure parts: what counts as a peiling turn, how answers are counted, what a new peiling must meet.</summary>
public sealed class PeilingRulesTests
{
    private static readonly Guid Id = Guid.Parse("0190f0f0-0000-7000-8000-000000000001");
    private static readonly DateTime Now = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("geen peilingen", PeilingenChoiceDialog.Off)]
    [InlineData("Geen peilingen!", PeilingenChoiceDialog.Off)]
    [InlineData("no polls", PeilingenChoiceDialog.Off)]
    [InlineData("wel peilingen", PeilingenChoiceDialog.On)]
    [InlineData("yes polls", PeilingenChoiceDialog.On)]
    public void ChoiceWordsWorkAnywhere(string text, string option)
    {
        var turn = PeilingTurn.AsEvent(InboundMessage.FromText(text));
        Assert.Equal((PeilingenChoiceDialog.EventName, option), (turn!.EventName, turn.Value));
    }

    [Theory]
    [InlineData("ik wil geen peilingen over de brug")]
    [InlineData("peilingen")]
    [InlineData("2")]
    public void OrdinaryMessagesAreNoPeilingTurn(string text) => Assert.Null(PeilingTurn.AsEvent(InboundMessage.FromText(text)));

    [Fact]
    public void ATappedValueAndATelegramVoteBecomeAnswers()
    {
        var tap = PeilingTurn.AsEvent(new InboundMessage { Text = "Ja", Value = PeilingToken.For(Id, 1) });
        Assert.Equal(new PeilingAnswerRequest(Id, null, 1), PeilingAnswerRequest.Parse(tap!.Value));

        var vote = PeilingTurn.AsEvent(new InboundMessage { PollVote = new PollVote("poll-9", [2]) });
        Assert.Equal(new PeilingAnswerRequest(null, "poll-9", 2), PeilingAnswerRequest.Parse(vote!.Value));

        var retracted = PeilingTurn.AsEvent(new InboundMessage { PollVote = new PollVote("poll-9", []) });
        Assert.Equal(new PeilingAnswerRequest(null, "poll-9", null), PeilingAnswerRequest.Parse(retracted!.Value));
    }

    [Theory]
    [InlineData("peiling:nonsense:1")]
    [InlineData("peiling:0190f0f0000070008000000000000001:12")]
    [InlineData("peiling:0190f0f0000070008000000000000001:-1")]
    public void AForgedTokenIsNoAnswer(string value) => Assert.False(PeilingToken.TryParse(value, out _, out _));

    [Fact]
    public void CountsArePerOptionWithWholePercentagesAndDraagvlakNeedsEnoughAnswers()
    {
        var counts = PeilingTally.Count(["Ja", "Nee"], [0, 0, 1]);
        Assert.Equal([("Ja", 2, 67), ("Nee", 1, 33)], counts.Select(c => (c.Option, c.Count, c.Percentage)));
        Assert.True(PeilingTally.Draagvlak(PeilingKind.Steun, counts, new PeilingenOptions { DraagvlakThreshold = 0.6, DraagvlakMinAnswers = 3 }));
        Assert.False(PeilingTally.Draagvlak(PeilingKind.Steun, counts, new PeilingenOptions { DraagvlakThreshold = 0.6, DraagvlakMinAnswers = 4 }));
        Assert.False(PeilingTally.Draagvlak(PeilingKind.Steun, counts, new PeilingenOptions { DraagvlakThreshold = 0.7, DraagvlakMinAnswers = 3 }));
        Assert.Null(PeilingTally.Draagvlak(PeilingKind.Keuze, counts, new PeilingenOptions()));
        Assert.All(PeilingTally.Count(["A", "B"], []), c => Assert.Equal(0, c.Percentage));
    }

    [Fact]
    public void ANewPeilingNeedsAQuestionTwoToSixDistinctOptionsAnAreaAndAClosingTimeAhead()
    {
        var good = new PeilingDraft(PeilingKind.Keuze, "Waar?", ["Hier", "Daar"], PeilingTarget.Wijk, "Oost", null, null, Now, Now.AddDays(2));
        Assert.Empty(PeilingRules.Check(good, Now));
        Assert.Contains("Options", PeilingRules.Check(good with { Options = ["Hier"] }, Now).Keys);
        Assert.Contains("Options", PeilingRules.Check(good with { Options = ["A", "B", "C", "D", "E", "F", "G"] }, Now).Keys);
        Assert.Contains("Options", PeilingRules.Check(good with { Options = ["Hier", "hier"] }, Now).Keys);
        Assert.Contains("Question", PeilingRules.Check(good with { Question = new string('x', 301) }, Now).Keys);
        Assert.Contains("Buurt", PeilingRules.Check(good with { Target = PeilingTarget.Buurt }, Now).Keys);
        Assert.Contains("InitiatiefId", PeilingRules.Check(good with { Kind = PeilingKind.Steun }, Now).Keys);
        Assert.Contains("Closes", PeilingRules.Check(good with { ClosesUtc = Now.AddMinutes(30) }, Now).Keys);
        Assert.Throws<ArgumentException>(() => Peiling.Create(good with { Question = " " }, "c", Now));

        var steun = Peiling.Create(good with { Kind = PeilingKind.Steun, Options = [], InitiatiefId = Guid.NewGuid() }, "c", Now);
        Assert.Equal(["Ja", "Nee"], steun.Options);
        steun.Close(Now.AddDays(2));
        Assert.Throws<PeilingClosedException>(() => steun.Close(Now.AddDays(3)));
    }
}
