using BuurtBot.Dialogs.Domain.Wijkjaren;

namespace BuurtBot.Tests.Dialogs.Domain.Wijkjaren;

public sealed class WijkjaarTests
{
    private static readonly DateTime Now = new(2027, 1, 1, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(2027, 1, 1, WijkjaarFase.Wijkanalyse)]
    [InlineData(2027, 2, 28, WijkjaarFase.Wijkanalyse)]
    [InlineData(2028, 2, 29, WijkjaarFase.Wijkanalyse)]
    [InlineData(2027, 3, 1, WijkjaarFase.Wijkagenda)]
    [InlineData(2027, 4, 30, WijkjaarFase.Wijkagenda)]
    [InlineData(2027, 5, 1, WijkjaarFase.Buurtactiviteitenplan)]
    [InlineData(2027, 6, 30, WijkjaarFase.Buurtactiviteitenplan)]
    [InlineData(2027, 10, 1, WijkjaarFase.Monitoring)]
    [InlineData(2027, 11, 30, WijkjaarFase.Monitoring)]
    public void TheDefaultRhythmIsTheSeedsPlanning(int year, int month, int day, WijkjaarFase fase) =>
        Assert.Equal(fase, WijkjaarRitme.Default.FaseOn(new DateOnly(year, month, day)));

    [Theory]
    [InlineData(7, 1)]
    [InlineData(9, 30)]
    [InlineData(12, 1)]
    public void BetweenPeriodsNoPhaseRuns(int month, int day) =>
        Assert.Null(WijkjaarRitme.Default.FaseOn(new DateOnly(2027, month, day)));

    [Fact]
    public void ABadPeriodSaysHowToWriteIt()
    {
        Assert.Contains("MM-DD..MM-DD", Assert.Throws<FormatException>(() => FasePeriode.Parse(WijkjaarFase.Wijkagenda, "maart-april")).Message, StringComparison.Ordinal);
        Assert.Contains("ends before it starts", Assert.Throws<FormatException>(() => FasePeriode.Parse(WijkjaarFase.Wijkagenda, "04-30..03-01")).Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => FasePeriode.Parse(WijkjaarFase.Wijkagenda, "02-30..03-01"));
        var overlap = Assert.Throws<ArgumentException>(() => new WijkjaarRitme(
        [
            FasePeriode.Parse(WijkjaarFase.Wijkanalyse, "01-01..03-15"),
            FasePeriode.Parse(WijkjaarFase.Wijkagenda, "03-01..04-30"),
            FasePeriode.Parse(WijkjaarFase.Buurtactiviteitenplan, "05-01..06-30"),
            FasePeriode.Parse(WijkjaarFase.Monitoring, "10-01..11-30"),
        ]));
        Assert.Contains("Wijkagenda (03-01..04-30) must start after Wijkanalyse (01-01..03-15) ends", overlap.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AYearOnlyMovesForward()
    {
        var jaar = BuurtBot.Dialogs.Domain.Wijkjaren.Wijkjaar.Begin("Centrum", 2027);
        Assert.Null(jaar.Huidig);
        jaar.Open(WijkjaarFase.Wijkanalyse, Now);
        // Started late (BuurtBot was down in March and April): the plan phase opens, the agenda is skipped.
        jaar.Open(WijkjaarFase.Buurtactiviteitenplan, Now.AddMonths(4));
        Assert.Equal(WijkjaarFase.Buurtactiviteitenplan, jaar.Huidig);
        Assert.Null(jaar.WijkagendaOpenedUtc);
        Assert.False(jaar.MayOpen(WijkjaarFase.Wijkagenda));
        Assert.Throws<WijkjaarFaseException>(() => jaar.Open(WijkjaarFase.Wijkagenda, Now.AddMonths(5)));
        Assert.Throws<WijkjaarFaseException>(() => jaar.Open(WijkjaarFase.Buurtactiviteitenplan, Now.AddMonths(5)));
        Assert.Throws<ArgumentException>(() => jaar.Open(WijkjaarFase.Monitoring, DateTime.Now));
    }
}
