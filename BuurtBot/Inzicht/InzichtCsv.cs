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

    /// <summary>
    /// The hand-offs: one row per reason (requested, taken, cancelled, still waiting), then one per office-hours
    /// half with the waits' median and 90th percentile in minutes, suppressed as on the page.
    /// </summary>
    public static string Write(HandoffInzicht handoffs)
    {
        ArgumentNullException.ThrowIfNull(handoffs);
        var csv = new StringBuilder();
        Line(csv, "soort", "reden_of_uren", "gevraagd", "overgenomen", "gestopt", "wacht_nog", "mediaan_minuten", "p90_minuten");
        foreach (var reason in handoffs.Reasons)
        {
            Line(csv, "reden", reason.Reason, SmallCount.Show(reason.Requested), SmallCount.Show(reason.Taken),
                SmallCount.Show(reason.Cancelled), SmallCount.Show(reason.Waiting), "", "");
        }

        foreach (var (hours, waits) in new[] { ("binnen_kantooruren", handoffs.InsideOfficeHours), ("buiten_kantooruren", handoffs.OutsideOfficeHours) })
        {
            Line(csv, "wachttijd", hours, "", SmallCount.Show(waits.Count), "", "", waits.MedianMinutes, waits.Percentile90Minutes);
        }

        return csv.ToString();
    }

    /// <summary>The check-ins and evaluations of the period as one row, suppressed as on the page.</summary>
    public static string Write(MonitoringInzicht monitoring)
    {
        ArgumentNullException.ThrowIfNull(monitoring);
        var csv = new StringBuilder();
        Line(csv, "checkins_verstuurd", "checkins_beantwoord", "respons_procent", "mediaan_uren_tot_antwoord",
            "loopt_goed", "loopt_achter", "hulp_nodig", "evaluaties", "gemiddelde_tevredenheid", "zou_het_weer_doen_procent");
        Line(csv, SmallCount.Show(monitoring.CheckInsSent), SmallCount.Show(monitoring.CheckInsAnswered), monitoring.ResponsePercent.TrimEnd('%'),
            SmallCount.IsSmall(monitoring.CheckInsAnswered) ? SmallCount.Suppressed
                : monitoring.MedianTimeToAnswer is { } median ? median.TotalHours.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) : "",
            SmallCount.Show(monitoring.LooptGoed), SmallCount.Show(monitoring.LooptAchter), SmallCount.Show(monitoring.HulpNodig),
            SmallCount.Show(monitoring.Evaluaties), monitoring.AverageCsv, monitoring.WouldDoAgainPercent.TrimEnd('%'));
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
