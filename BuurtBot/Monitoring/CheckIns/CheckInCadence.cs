using BuurtBot.Scheduling;

namespace BuurtBot.Monitoring.CheckIns;

/// <summary>
/// The arithmetic of a deal's check-ins, kept pure so it can be tested with any clock: the first
/// one is a cadence after uitvoering started (moved out of quiet hours), then one every cadence.
/// </summary>
public static class CheckInCadence
{
    public static DateTimeOffset FirstCheckIn(DateTimeOffset uitvoeringSince, TimeSpan every, QuietHours quiet)
    {
        ArgumentNullException.ThrowIfNull(quiet);

        // Whole days are counted on the wall clock, as the trigger does: 10:00 stays 10:00 across a DST change.
        var local = AmsterdamTime.ToLocal(uitvoeringSince);
        var due = every.Ticks % TimeSpan.TicksPerDay == 0
            ? AmsterdamTime.At(DateOnly.FromDateTime(local.DateTime).AddDays((int)every.TotalDays), local.TimeOfDay)
            : uitvoeringSince + every;
        return quiet.NextAllowed(due);
    }

    /// <summary>
    /// The latest check-in due at or before <paramref name="at"/>, or null before the first. A
    /// trigger that kept its wall-clock time over a daylight-saving change fires an hour off the
    /// UTC arithmetic, hence the tolerance.
    /// </summary>
    public static DateTimeOffset? LatestDue(DateTimeOffset first, TimeSpan every, DateTimeOffset at)
    {
        var tolerance = TimeSpan.FromTicks(Math.Min(TimeSpan.FromHours(1).Ticks, every.Ticks / 4));
        var elapsed = at - first + tolerance;
        if (elapsed < TimeSpan.Zero)
        {
            return null;
        }

        return first + (every * Math.Floor(elapsed / every));
    }

    /// <summary>
    /// The deterministic inbox id of the check-in due at <paramref name="due"/>: the same for every
    /// fire of that check-in (a race, a misfire, a deferral), so the inbox stores it once.
    /// </summary>
    public static string RoundKey(Guid dealId, DateTimeOffset due, TimeSpan every) =>
        every >= TimeSpan.FromDays(1)
            ? $"checkin:{dealId:D}:{AmsterdamTime.DateOf(due):yyyy-MM-dd}"
            : $"checkin:{dealId:D}:{AmsterdamTime.ToLocal(due):yyyy-MM-ddTHH:mm:ss}";
}
