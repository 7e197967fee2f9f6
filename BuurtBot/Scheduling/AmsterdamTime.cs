namespace BuurtBot.Scheduling;

/// <summary>The programme's clock: Hilversum's wall time. Every trigger and quiet hour is read in it, never in the machine's zone.</summary>
public static class AmsterdamTime
{
    public const string ZoneId = "Europe/Amsterdam";

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>The instant of a wall-clock time; a time skipped by the spring change moves forward with it.</summary>
    public static DateTimeOffset At(DateOnly date, TimeSpan timeOfDay)
    {
        var local = date.ToDateTime(TimeOnly.MinValue) + timeOfDay;
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
