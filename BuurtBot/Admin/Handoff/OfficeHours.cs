namespace BuurtBot.Admin.Handoff;

/// <summary>
/// When coordinators work, and when the next working period starts. Public holidays are not
/// known here: on a holiday a resident is told "in a moment" and waits for the next working day.
/// </summary>
public sealed class OfficeHours
{
    private readonly HashSet<DayOfWeek> _days;
    private readonly TimeOnly _start;
    private readonly TimeOnly _end;

    public OfficeHours(OfficeHoursOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _days = ParseDays(options.Days);
        _start = options.Start;
        _end = options.End;
        Zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        if (_days.Count == 0 || _end <= _start)
        {
            throw new ArgumentException("Handoff:OfficeHours needs at least one day in Days and an End after Start, e.g. Days=Mon,Tue,Wed,Thu,Fri Start=09:00 End=17:00.", nameof(options));
        }
    }

    public TimeZoneInfo Zone { get; }

    /// <summary>Null during office hours; otherwise the local time the next working period starts.</summary>
    public DateTime? NextOpening(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Zone).DateTime;
        var time = TimeOnly.FromDateTime(local);
        if (_days.Contains(local.DayOfWeek) && time >= _start && time < _end)
        {
            return null;
        }

        var day = DateOnly.FromDateTime(local);
        if (!_days.Contains(local.DayOfWeek) || time >= _end)
        {
            day = day.AddDays(1);
            while (!_days.Contains(day.DayOfWeek))
            {
                day = day.AddDays(1);
            }
        }

        return day.ToDateTime(_start);
    }

    public static HashSet<DayOfWeek> ParseDays(string days)
    {
        var result = new HashSet<DayOfWeek>();
        foreach (var part in (days ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = Enum.GetValues<DayOfWeek>().Where(d => d.ToString().StartsWith(part, StringComparison.OrdinalIgnoreCase) && part.Length >= 3).ToList();
            if (match.Count != 1)
            {
                throw new ArgumentException($"Handoff:OfficeHours:Days has '{part}', which is not a day; use Mon,Tue,Wed,Thu,Fri,Sat,Sun.", nameof(days));
            }

            result.Add(match[0]);
        }

        return result;
    }
}
