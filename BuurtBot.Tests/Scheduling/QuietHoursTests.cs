using BuurtBot.Scheduling;

namespace BuurtBot.Tests.Scheduling;

public sealed class QuietHoursTests
{
    private static readonly QuietHours Default = QuietHours.From(new SchedulingOptions());

    [Theory]
    // Wall-clock times in Amsterdam; 2027-03-10 is a Wednesday, 2027-03-14 a Sunday.
    [InlineData("2027-03-10 08:59", true)]
    [InlineData("2027-03-10 09:00", false)]
    [InlineData("2027-03-10 20:59", false)]
    [InlineData("2027-03-10 21:00", true)]
    [InlineData("2027-03-14 12:00", true)]
    [InlineData("2027-03-15 10:00", false)]
    public void KnowsWhenResidentsGetNoMessage(string local, bool quiet) =>
        Assert.Equal(quiet, Default.IsQuiet(Local(local)));

    [Theory]
    [InlineData("2027-03-10 10:00", "2027-03-10 10:00")]
    [InlineData("2027-03-10 22:30", "2027-03-11 09:00")]
    [InlineData("2027-03-11 03:00", "2027-03-11 09:00")]
    [InlineData("2027-03-13 21:30", "2027-03-15 09:00")]
    [InlineData("2027-03-14 15:00", "2027-03-15 09:00")]
    // The night the clocks go forward (28 March 2027) still ends at 09:00 local time.
    [InlineData("2027-03-27 23:00", "2027-03-29 09:00")]
    public void AMessageDueInQuietHoursWaitsForTheNextAllowedMoment(string due, string expected) =>
        Assert.Equal(Local(expected), Default.NextAllowed(Local(due)));

    [Fact]
    public void EqualStartAndEndWithNoDaysMeansNeverQuiet()
    {
        var never = QuietHours.From(new SchedulingOptions { QuietHoursStart = TimeSpan.Zero, QuietHoursEnd = TimeSpan.Zero, QuietDays = "" });
        Assert.False(never.IsQuiet(Local("2027-03-14 03:00")));
    }

    internal static DateTimeOffset Local(string text)
    {
        var local = DateTime.ParseExact(text, "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return new DateTimeOffset(local, AmsterdamTime.Zone.GetUtcOffset(local));
    }
}
