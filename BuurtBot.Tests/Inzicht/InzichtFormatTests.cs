using BuurtBot.Inzicht;

namespace BuurtBot.Tests.Inzicht;

/// <summary>What the page and the CSV write: small counts suppressed, medians, and cells no spreadsheet runs as a formula.</summary>
public sealed class InzichtFormatTests
{
    private static readonly int[] Seconds = [60, 10, 30, 40, 20, 50];

    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "< 5")]
    [InlineData(4, "< 5")]
    [InlineData(5, "5")]
    [InlineData(120, "120")]
    public void FewerThanFiveResidentsShowAsLessThanFive(int residents, string shown) =>
        Assert.Equal(shown, SmallCount.Show(residents));

    [Fact]
    public void ATimeOrShareOfFewerThanFiveResidentsIsSuppressedToo()
    {
        var step = new StepFigures("thema", 4, 1, TimeSpan.FromSeconds(40), 3, 1) { TimedResidents = 3 };
        Assert.Equal(("< 5", "< 5", "< 5"), (InzichtDisplay.Median(step), InzichtDisplay.MedianSeconds(step), InzichtDisplay.ReaskPercent(step)));
        var shown = step with { Reached = 5, TimedResidents = 5 };
        Assert.Equal(("40 s", "40", "25"), (InzichtDisplay.Median(shown), InzichtDisplay.MedianSeconds(shown), InzichtDisplay.ReaskPercent(shown)));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+31", "'+31")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("< 5", "< 5")]
    [InlineData("a,b", "\"a,b\"")]
    public void CsvCellsThatLookLikeFormulasAreDefused(string value, string cell) =>
        Assert.Equal(cell, InzichtCsv.Cell(value));

    [Fact]
    public void TheMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo()
    {
        Assert.Equal(TimeSpan.FromSeconds(35), InzichtFigures.Median([.. Seconds.Select(s => TimeSpan.FromSeconds(s))]));
        Assert.Equal(TimeSpan.FromSeconds(20), InzichtFigures.Median([TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20)]));
        Assert.Null(InzichtFigures.Median([]));
    }
}
