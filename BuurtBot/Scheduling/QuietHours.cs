namespace BuurtBot.Scheduling;

/// <summary>
/// When residents get no message from the bot: a nightly window (default 21:00–09:00) and whole
/// days (default Sunday), in Europe/Amsterdam. A message due then waits for <see cref="NextAllowed"/>.
/// </summary>
public sealed class QuietHours
{
    private readonly TimeSpan _start;
    private readonly TimeSpan _end;
    private readonly HashSet<DayOfWeek> _days;

    public QuietHours(TimeSpan start, TimeSpan end, IEnumerable<DayOfWeek> days)
    {
        _start = start;
        _end = end;
        _days = [.. days];
    }

    public static QuietHours From(SchedulingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var days = options.QuietDays.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(day => Enum.Parse<DayOfWeek>(day, ignoreCase: true));
        return new QuietHours(options.QuietHoursStart, options.QuietHoursEnd, days);
    }

    public bool IsQuiet(DateTimeOffset instant)
    {
        var local = AmsterdamTime.ToLocal(instant);
        return _days.Contains(local.DayOfWeek) || InWindow(local.TimeOfDay);
    }

    /// <summary><paramref name="instant"/> itself when a message may go then, else the first moment after it that is allowed.</summary>
    public DateTimeOffset NextAllowed(DateTimeOffset instant)
    {
        if (!IsQuiet(instant))
        {
            return instant;
        }

        if (_days.Count == 7)
        {
            throw new InvalidOperationException("Scheduling:QuietDays names every day of the week, so no message could ever be sent.");
        }

        var local = AmsterdamTime.ToLocal(instant);
        var date = DateOnly.FromDateTime(local.DateTime);

        // Inside the nightly window the day's first allowed moment is its end: today if we are in the
        // morning part, tomorrow if in the evening part. On a quiet day, the next day's end of window.
        if (_days.Contains(local.DayOfWeek) || (InWindow(local.TimeOfDay) && local.TimeOfDay >= _start && _start > _end))
        {
            date = date.AddDays(1);
        }

        while (_days.Contains(date.DayOfWeek))
        {
            date = date.AddDays(1);
        }

        var candidate = AmsterdamTime.At(date, _start == _end ? TimeSpan.Zero : _end);
        return candidate < instant ? instant : candidate;
    }

    private bool InWindow(TimeSpan time) =>
        _start == _end ? false
        : _start > _end ? time >= _start || time < _end
        : time >= _start && time < _end;
}
