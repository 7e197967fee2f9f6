using System.Text;

namespace BuurtBot.Public.OpenData;

/// <summary>
/// RFC 4180 CSV: comma-separated, CRLF line ends, a header row, fields with a comma, quote or line
/// break in double quotes (quotes doubled). Text that a spreadsheet would run as a formula (starting
/// with = + - @, tab or carriage return) gets a leading apostrophe, as OWASP advises against CSV injection.
/// </summary>
public static class OpenDataCsv
{
    public static string Write(IOpenDataSet dataset, IReadOnlyList<OpenDataRow> rows)
    {
        var csv = new StringBuilder();
        AppendLine(csv, dataset.Fields.Select(f => f.Name));
        foreach (var row in rows)
        {
            OpenDataValues.RequireShape(dataset, row);
            AppendLine(csv, row.Values.Select(v => v is string s ? Defuse(s) : OpenDataValues.Text(v)));
        }

        return csv.ToString();
    }

    public static string Defuse(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static void AppendLine(StringBuilder csv, IEnumerable<string?> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                csv.Append(',');
            }

            first = false;
            csv.Append(Quote(cell ?? ""));
        }

        csv.Append("\r\n");
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
