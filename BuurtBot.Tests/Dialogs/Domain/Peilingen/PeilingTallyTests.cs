using BuurtBot.Dialogs.Domain.Peilingen;

namespace BuurtBot.Tests.Dialogs.Domain.Peilingen;

public sealed class PeilingTallyTests
{
    private sealed record Rule(double DraagvlakThreshold, int DraagvlakMinAnswers) : IDraagvlakRule;

    [Theory]
    [InlineData(6, 4, true)] // 60% of 10: exactly the threshold
    [InlineData(5, 5, false)] // 50%
    [InlineData(9, 0, false)] // all yes, but fewer than ten answers
    [InlineData(0, 0, false)] // nobody answered
    public void ASteunPeilingHasDraagvlakWithEnoughAnswersAndAShareOfYesAtTheThreshold(int ja, int nee, bool draagvlak)
    {
        var counts = PeilingTally.Count(["Ja", "Nee"], [.. Enumerable.Repeat(0, ja), .. Enumerable.Repeat(1, nee)]);

        Assert.Equal(draagvlak, PeilingTally.Draagvlak(PeilingKind.Steun, counts, new Rule(0.6, 10)));
    }

    [Fact]
    public void AnAnswerOutsideTheOptionsIsNotCounted()
    {
        var counts = PeilingTally.Count(["A", "B"], [0, 1, 1, 2, -1]);

        Assert.Equal([new PeilingOptionCount("A", 1, 33), new PeilingOptionCount("B", 2, 67)], counts);
    }
}
