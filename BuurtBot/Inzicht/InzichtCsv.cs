using System.Text;

namespace BuurtBot.Inzicht;

/// <summary>
/// The funnels as CSV (RFC 4180, UTF-8 with a byte order mark), with the same suppressed counts as the page.
/// A cell that starts with = + - or @ gets a leading apostrophe, so a spreadsheet never runs it as a formula.
/// </summary>
public static class InzichtCsv
{
    public static string Write(IEnumerable<DialogFunnel> funnels)
    {
        ArgumentNullException.ThrowIfNull(funnels);
        var csv = new StringBuilder();
        Line(csv, "dialoog", "stap", "bewoners_bereikt", "bewoners_gestopt", "mediaan_seconden", "opnieuw_gevraagd_procent");
        foreach (var funnel in funnels)
        {
            foreach (var step in funnel.Steps)
            {
                Line(csv, funnel.Dialog, step.Step, SmallCount.Show(step.Reached), SmallCount.Show(step.Left),
                    InzichtDisplay.MedianSeconds(step), InzichtDisplay.ReaskPercent(step));
            }
        }

        return csv.ToString();
    }

    private static void Line(StringBuilder csv, params string[] cells) =>
        csv.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");

    public static string Cell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
