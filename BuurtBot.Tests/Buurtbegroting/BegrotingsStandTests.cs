using BuurtBot.Dialogs.Domain.Buurtbegrotingen;

namespace BuurtBot.Tests.Buurtbegroting;

/// <summary>The budget arithmetic, in cents: what counts, what is left, what goes over.</summary>
public sealed class BegrotingsStandTests
{
    private static readonly Guid A = Guid.NewGuid();
    private static readonly Guid B = Guid.NewGuid();

    [Fact]
    public void ACommittedDealDrawsFromTheBudgetOfItsYear()
    {
        var stand = BegrotingsStand.Of(2026, 1_000_00, [new BegrotingsPost(A, 2026, 250_00, Released: false)]);
        Assert.Equal(250_00, stand.CommittedCents);
        Assert.Equal(750_00, stand.RemainingCents);
        Assert.False(stand.IsOver);
    }

    [Fact]
    public void ADealWithdrawnAfterCommitmentGivesItsMoneyBack()
    {
        var committed = BegrotingsStand.Of(2026, 500_00, [new BegrotingsPost(A, 2026, 300_00, false), new BegrotingsPost(B, 2026, 100_00, false)]);
        var withdrawn = BegrotingsStand.Of(2026, 500_00, [new BegrotingsPost(A, 2026, 300_00, Released: true), new BegrotingsPost(B, 2026, 100_00, false)]);
        Assert.Equal(100_00, committed.RemainingCents);
        Assert.Equal(400_00, withdrawn.RemainingCents);
        Assert.True(committed.WouldExceed(200_00));
        Assert.False(withdrawn.WouldExceed(200_00));
    }

    [Fact]
    public void ExactlyTheRemainderFitsAndOneCentMoreExceeds()
    {
        var stand = BegrotingsStand.Of(2026, 1_000_00, [new BegrotingsPost(A, 2026, 600_00, false)]);
        Assert.False(stand.WouldExceed(400_00));
        Assert.True(stand.WouldExceed(400_01));
        Assert.Equal(0, stand.Commit(400_00).RemainingCents);
        Assert.True(stand.Commit(400_01).IsOver);
        Assert.Equal(-1, stand.Commit(400_01).RemainingCents);
    }

    [Fact]
    public void ADealOfAnotherYearDoesNotCount()
    {
        var stand = BegrotingsStand.Of(2027, 1_000_00, [new BegrotingsPost(A, 2026, 900_00, false), new BegrotingsPost(B, 2027, 50_00, false)]);
        Assert.Equal(50_00, stand.CommittedCents);
        Assert.Equal(950_00, stand.RemainingCents);
    }

    [Fact]
    public void ADealWithoutAmountNeverExceedsEvenAnEmptyBudget()
    {
        var stand = BegrotingsStand.Of(2026, 0, []);
        Assert.False(stand.WouldExceed(0));
        Assert.True(stand.WouldExceed(1));
    }

    [Theory]
    [InlineData("12.50", 1250)]
    [InlineData("0.005", 1)]
    [InlineData("250", 25000)]
    public void EurosBecomeWholeCents(string euros, long cents) =>
        Assert.Equal(cents, BegrotingsPost.CentsOf(decimal.Parse(euros, System.Globalization.CultureInfo.InvariantCulture)));
}
