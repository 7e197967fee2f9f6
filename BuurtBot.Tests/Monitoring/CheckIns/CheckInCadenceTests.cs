using BuurtBot.Monitoring.CheckIns;
using BuurtBot.Scheduling;
using static BuurtBot.Tests.Scheduling.QuietHoursTests;

namespace BuurtBot.Tests.Monitoring.CheckIns;

public sealed class CheckInCadenceTests
{
    private static readonly TimeSpan FourWeeks = TimeSpan.FromDays(28);
    private static readonly QuietHours Quiet = QuietHours.From(new SchedulingOptions());

    [Fact]
    public void TheFirstCheckInIsACadenceAfterUitvoeringStarted() =>
        Assert.Equal(Local("2027-04-07 10:00"), CheckInCadence.FirstCheckIn(Local("2027-03-10 10:00"), FourWeeks, Quiet));

    [Fact]
    public void AFirstCheckInOnASundayMovesToMondayMorning() =>
        Assert.Equal(Local("2027-04-12 09:00"), CheckInCadence.FirstCheckIn(Local("2027-03-14 10:00"), FourWeeks, Quiet));

    [Theory]
    [InlineData("2027-04-07 08:59", null)]
    [InlineData("2027-04-07 10:00", "2027-04-07 10:00")]
    [InlineData("2027-05-04 23:00", "2027-04-07 10:00")]
    [InlineData("2027-05-05 10:00", "2027-05-05 10:00")]
    // A trigger that keeps its wall-clock time over a DST change fires an hour early in UTC terms; still the same round.
    [InlineData("2027-05-05 09:00", "2027-05-05 10:00")]
    public void TheRoundDueIsTheLatestCadenceStepBeforeNow(string now, string? due)
    {
        var latest = CheckInCadence.LatestDue(Local("2027-04-07 10:00"), FourWeeks, Local(now));
        Assert.Equal(due is null ? null : Local(due), latest);
    }

    [Fact]
    public void TheRoundKeyIsTheDealAndTheDueDate()
    {
        var deal = Guid.Parse("0193a1b2-0000-7000-8000-000000000001");
        Assert.Equal($"checkin:{deal:D}:2027-04-07", CheckInCadence.RoundKey(deal, Local("2027-04-07 10:00"), FourWeeks));
    }
}
