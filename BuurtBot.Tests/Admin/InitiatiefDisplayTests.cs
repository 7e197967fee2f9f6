using BuurtBot.Admin;

namespace BuurtBot.Tests.Admin;

public sealed class InitiatiefDisplayTests
{
    [Theory]
    [InlineData("12,50", 12.50)]
    [InlineData("1.250", 1250)]
    [InlineData("1.250.000", 1250000)]
    [InlineData("1.250,75", 1250.75)]
    [InlineData("€ 40", 40)]
    [InlineData("12.50", 12.50)]
    [InlineData("650", 650)]
    public void AmountsAreReadAsADutchCoordinatorTypesThem(string typed, double expected)
    {
        Assert.True(InitiatiefDisplay.TryParseAmount(typed, out var amount));
        Assert.Equal((decimal)expected, amount);
    }

    [Theory]
    [InlineData("twaalf")]
    [InlineData("12,,5")]
    public void SomethingThatIsNotAnAmountIsRefused(string typed) =>
        Assert.False(InitiatiefDisplay.TryParseAmount(typed, out _));
}
