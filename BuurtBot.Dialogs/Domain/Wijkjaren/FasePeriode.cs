using System.Globalization;

namespace BuurtBot.Dialogs.Domain.Wijkjaren;

/// <summary>
/// When a phase runs in any year, as month and day (inclusive at both ends), so one setting serves
/// every year. A 29 February end falls back to the 28th in other years.
/// </summary>
public sealed record FasePeriode(WijkjaarFase Fase, int StartMonth, int StartDay, int EndMonth, int EndDay)
{
    public DateOnly StartIn(int year) => Day(year, StartMonth, StartDay);

    public DateOnly EndIn(int year) => Day(year, EndMonth, EndDay);

    public bool Contains(DateOnly date) => date >= StartIn(date.Year) && date <= EndIn(date.Year);

    /// <summary>"01-01..02-28" (month-day..month-day), as the setting is written.</summary>
    public static FasePeriode Parse(WijkjaarFase fase, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split("..", StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !TryMonthDay(parts[0], out var start) || !TryMonthDay(parts[1], out var end))
        {
            throw new FormatException($"The period of {fase} must be written as \"MM-DD..MM-DD\" (for example \"01-01..02-28\"); it was \"{text}\".");
        }

        if ((end.Month, end.Day).CompareTo((start.Month, start.Day)) < 0)
        {
            throw new FormatException($"The period of {fase} ends before it starts (\"{text}\"); a phase stays within one calendar year.");
        }

        return new FasePeriode(fase, start.Month, start.Day, end.Month, end.Day);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{StartMonth:00}-{StartDay:00}..{EndMonth:00}-{EndDay:00}");

    private static bool TryMonthDay(string text, out (int Month, int Day) value)
    {
        value = default;
        var bits = text.Split('-');
        if (bits.Length != 2
            || !int.TryParse(bits[0], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(bits[1], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2024, month))
        {
            return false;
        }

        value = (month, day);
        return true;
    }

    private static DateOnly Day(int year, int month, int day) => new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
}
