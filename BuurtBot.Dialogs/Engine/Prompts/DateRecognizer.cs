using System.Globalization;
using System.Text.RegularExpressions;

namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>
/// Reads a date the way residents type it, relative to <c>today</c> in Europe/Amsterdam:
/// "12-3-2027", "12/3", "2027-03-12", "12 maart", "morgen", "over 2 weken", "volgende maand",
/// "zaterdag". Without a year, the first such date from today on is meant: residents plan ahead.
/// "volgende maand" and "volgend jaar" mean their first day. Pure, so it is tested with tables.
/// </summary>
public static partial class DateRecognizer
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["januari"] = 1, ["jan"] = 1, ["februari"] = 2, ["feb"] = 2, ["maart"] = 3, ["mrt"] = 3, ["mar"] = 3, ["april"] = 4,
        ["apr"] = 4, ["mei"] = 5, ["juni"] = 6, ["jun"] = 6, ["juli"] = 7, ["jul"] = 7, ["augustus"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["oktober"] = 10, ["okt"] = 10, ["oct"] = 10, ["november"] = 11,
        ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["may"] = 5, ["june"] = 6, ["july"] = 7, ["august"] = 8, ["october"] = 10,
    };

    private static readonly Dictionary<string, int> RelativeDays = new(StringComparer.Ordinal)
    {
        ["vandaag"] = 0, ["morgen"] = 1, ["overmorgen"] = 2, ["gisteren"] = -1, ["eergisteren"] = -2,
        ["today"] = 0, ["tomorrow"] = 1, ["yesterday"] = -1,
    };

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["maandag"] = DayOfWeek.Monday, ["dinsdag"] = DayOfWeek.Tuesday, ["woensdag"] = DayOfWeek.Wednesday,
        ["donderdag"] = DayOfWeek.Thursday, ["vrijdag"] = DayOfWeek.Friday, ["zaterdag"] = DayOfWeek.Saturday, ["zondag"] = DayOfWeek.Sunday,
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    };

    public static DateOnly? Recognize(string? text, DateOnly today)
    {
        var folded = TextNormalizer.Fold(text);
        if (folded.Length == 0)
        {
            return null;
        }

        return Numeric(folded, today)
            ?? Iso(folded)
            ?? DayAndMonthName(folded, today)
            ?? Relative(folded, today);
    }

    private static DateOnly? Numeric(string text, DateOnly today)
    {
        if (NumericDate().Match(text) is not { Success: true } match)
        {
            return null;
        }

        var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        return match.Groups["y"].Success ? Date(FullYear(int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture)), month, day) : Upcoming(day, month, today);
    }

    private static DateOnly? Iso(string text) =>
        IsoDate().Match(text) is { Success: true } match
            ? Date(int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture), int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture), int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture))
            : null;

    private static DateOnly? DayAndMonthName(string text, DateOnly today)
    {
        if (NamedDate().Match(text) is not { Success: true } match || !Months.TryGetValue(match.Groups["m"].Value, out var month))
        {
            return null;
        }

        var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        return match.Groups["y"].Success ? Date(int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture), month, day) : Upcoming(day, month, today);
    }

    private static DateOnly? Relative(string text, DateOnly today)
    {
        if (RelativeDays.TryGetValue(text, out var days))
        {
            return today.AddDays(days);
        }

        if (Weekdays.TryGetValue(text, out var weekday))
        {
            return today.AddDays(((int)weekday - (int)today.DayOfWeek + 7) % 7);
        }

        switch (text)
        {
            case "volgende week" or "next week":
                return today.AddDays(7);
            case "volgende maand" or "next month":
                return new DateOnly(today.Year, today.Month, 1).AddMonths(1);
            case "volgend jaar" or "next year":
                return new DateOnly(today.Year + 1, 1, 1);
        }

        if (InAmount().Match(text) is not { Success: true } amount)
        {
            return null;
        }

        var countText = amount.Groups["n"].Value;
        var count = int.TryParse(countText, CultureInfo.InvariantCulture, out var parsed) ? parsed : NumberRecognizer.ParseWord(countText);
        if (count is not ({ } n and >= 0 and <= 1000))
        {
            return null;
        }

        return amount.Groups["u"].Value switch
        {
            "dag" or "dagen" or "day" or "days" => today.AddDays(n),
            "week" or "weken" or "weeks" => today.AddDays(7 * n),
            "maand" or "maanden" or "month" or "months" => today.AddMonths(n),
            _ => today.AddYears(n),
        };
    }

    /// <summary>The first day-month from today on: "12 maart" after 12 March means next year's.</summary>
    private static DateOnly? Upcoming(int day, int month, DateOnly today)
    {
        var thisYear = Date(today.Year, month, day);
        if (thisYear is { } date && date >= today)
        {
            return date;
        }

        return Date(today.Year + 1, month, day) ?? thisYear;
    }

    private static int FullYear(int year) => year < 100 ? 2000 + year : year;

    private static DateOnly? Date(int year, int month, int day) =>
        year is >= 1900 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    [GeneratedRegex(@"^(?:\w+ )?(?<d>\d{1,2})[-/.](?<m>\d{1,2})(?:[-/.](?<y>\d{4}|\d{2}))?$")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?:\w+ )?(?<d>\d{1,2})(?:e|ste|de)? (?<m>[a-z]+)\.?(?: (?<y>\d{4}))?$")]
    private static partial Regex NamedDate();

    [GeneratedRegex(@"^(?:over|in) (?<n>\d+|[a-z]+) (?<u>dag|dagen|day|days|week|weken|weeks|maand|maanden|month|months|jaar|year|years)$")]
    private static partial Regex InAmount();
}
