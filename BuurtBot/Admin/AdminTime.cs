using System.Globalization;

namespace BuurtBot.Admin;

/// <summary>Times on the admin pages, in Amsterdam time as coordinators read them.</summary>
public static class AdminTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone).ToString("d MMM HH:mm", Dutch);

    public static string Iso(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture);

    /// <summary>"12 min", "2 uur 5 min".</summary>
    public static string Duration(TimeSpan span) => span.TotalMinutes < 60
        ? $"{Math.Max(0, (int)span.TotalMinutes)} min"
        : $"{(int)span.TotalHours} uur {span.Minutes} min";
}
