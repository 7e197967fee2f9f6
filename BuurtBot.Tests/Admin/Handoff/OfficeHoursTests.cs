using BuurtBot.Admin.Handoff;

namespace BuurtBot.Tests.Admin.Handoff;

public sealed class OfficeHoursTests
{
    private static readonly OfficeHours Default = new(new OfficeHoursOptions());

    [Theory]
    // Amsterdam is UTC+1 in winter: 2026-12-01 is a Tuesday.
    [InlineData("2026-12-01T09:30:00Z", null)]                  // Tue 10:30: open
    [InlineData("2026-12-01T07:30:00Z", "2026-12-01T09:00:00")] // Tue 08:30: later today
    [InlineData("2026-12-01T17:30:00Z", "2026-12-02T09:00:00")] // Tue 18:30: tomorrow
    [InlineData("2026-12-04T16:00:00Z", "2026-12-07T09:00:00")] // Fri 17:00: Monday
    [InlineData("2026-12-05T12:00:00Z", "2026-12-07T09:00:00")] // Saturday: Monday
    public void NextOpeningIsNullDuringOfficeHoursAndTheNextStartOtherwise(string utc, string? expectedLocal)
    {
        var next = Default.NextOpening(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expectedLocal, next?.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void OutsideOfficeHoursTheResidentHearsWhenToExpectAnAnswer()
    {
        var monday = new DateTime(2026, 12, 7, 9, 0, 0);

        Assert.Contains("Je krijgt antwoord op maandag 7 december na 09:00 uur.", HandoffTexts.Queued("nl-NL", monday), StringComparison.Ordinal);
        Assert.Contains("You can expect an answer on Monday 7 December after 09:00.", HandoffTexts.Queued("en-US", monday), StringComparison.Ordinal);
        Assert.DoesNotContain("gesloten", HandoffTexts.Queued("nl-NL", null), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mon,Tue,Wed,Thu,Fri", 5)]
    [InlineData("saturday, sun", 2)]
    public void DaysAreReadFromNamesOrThreeLetters(string days, int count) =>
        Assert.Equal(count, OfficeHours.ParseDays(days).Count);

    [Fact]
    public void ANonsenseDayIsRefusedWithAHint() =>
        Assert.Contains("Mon,Tue", Assert.Throws<ArgumentException>(() => OfficeHours.ParseDays("Mo,Tu")).Message, StringComparison.Ordinal);
}
