using System.Text;

namespace BuurtBot.Inzicht.Onbegrepen;

/// <summary>
/// The proposals as the tab-separated file the understanding corpus test reads from
/// <c>BuurtBot.Tests/Dialogs/Understanding/Voorstellen/*.tsv</c>: one header, then per proposal family,
/// locale, text, meaning (a button's value) and wijk. Tabs and line breaks in a text become spaces, so
/// a line is always one proposal.
/// </summary>
public static class VoorstellenTsv
{
    public const string Header = "family\tlocale\ttext\tmeaning\twijk";

    public static string Write(IEnumerable<AntwoordVoorstel> voorstellen)
    {
        ArgumentNullException.ThrowIfNull(voorstellen);
        var tsv = new StringBuilder().Append(Header).Append('\n');
        foreach (var v in voorstellen)
        {
            tsv.AppendJoin('\t', Field(v.Family), Field(v.Locale), Field(v.Text), Field(v.Meaning), Field(v.Wijk ?? "")).Append('\n');
        }

        return tsv.ToString();
    }

    /// <summary>Reads a file written by <see cref="Write"/> (or by hand, with lines starting '#' as comments).</summary>
    public static IReadOnlyList<Line> Read(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var lines = new List<Line>();
        var number = 0;
        foreach (var raw in tsv.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#') || line == Header)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length is < 4 or > 5 || fields[..4].Any(string.IsNullOrWhiteSpace))
            {
                throw new FormatException($"Line {number}: expected family, locale, text, meaning and an optional wijk, separated by tabs.");
            }

            lines.Add(new Line(fields[0], fields[1], fields[2], fields[3], fields.Length == 5 && fields[4].Length > 0 ? fields[4] : null));
        }

        return lines;
    }

    private static string Field(string text) => text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ').Trim();

    public sealed record Line(string Family, string Locale, string Text, string Meaning, string? Wijk);
}
