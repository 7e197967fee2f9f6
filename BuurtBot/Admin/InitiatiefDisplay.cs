using System.Globalization;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;

namespace BuurtBot.Admin;

/// <summary>
/// Initiatief values as coordinators read them: the same Dutch names residents see in the chat
/// (from DomainTexts), so coordinator and resident talk about the same "In behandeling".
/// </summary>
public static partial class InitiatiefDisplay
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Status(InitiatiefStatus status) => DomainText.Get(InitiatiefLifecycle.StatusTextKey(status), "nl");

    public static string Thema(Thema thema) => ThemaCatalog.DisplayName(thema, "nl");

    public static string Side(DealSide side) => side == DealSide.Bewoners ? "Bewoners" : "Gemeente";

    public static string AfspraakStatus(AfspraakStatus status) => status switch
    {
        Dialogs.Domain.Buurtdeals.AfspraakStatus.Open => "Open",
        Dialogs.Domain.Buurtdeals.AfspraakStatus.Bezig => "Bezig",
        Dialogs.Domain.Buurtdeals.AfspraakStatus.Gedaan => "Gedaan",
        _ => "Niet gelukt",
    };

    /// <summary>Initiatieven wait days, not minutes: "3 uur 5 min" under a day, "4 dagen" after.</summary>
    public static string Waiting(TimeSpan span) => span.TotalDays < 1
        ? AdminTime.Duration(span)
        : (int)span.TotalDays == 1 ? "1 dag" : $"{(int)span.TotalDays} dagen";

    public static string Amount(decimal? amount) => amount is { } a ? a.ToString("C", Dutch) : "";

    public static string Date(DateOnly? date) => date is { } d ? d.ToString("d MMM yyyy", Dutch) : "";

    /// <summary>For the value of an input: the form posts it back and <see cref="TryParseAmount"/> reads it.</summary>
    public static string AmountInput(decimal? amount) => amount is { } a ? a.ToString("0.##", Dutch) : "";

    public static string DateInput(DateOnly? date) => date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";

    /// <summary>
    /// Reads an amount as a Dutch coordinator types it ("12,50", "1.250", "1.250,00", "€ 40") or with a
    /// decimal point ("12.50"). Dots before groups of exactly three digits are thousands separators,
    /// as in Dutch; euro amounts never have three decimals. Parsed here rather than by model binding,
    /// which would use the server's culture.
    /// </summary>
    public static bool TryParseAmount(string? text, out decimal? amount)
    {
        amount = null;
        var trimmed = text?.Replace("€", "", StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return true;
        }

        // One comma means a Dutch decimal comma; then dots are thousands separators.
        var normalised = trimmed.Contains(',', StringComparison.Ordinal) || ThousandsWithDots().IsMatch(trimmed)
            ? trimmed.Replace(".", "", StringComparison.Ordinal).Replace(',', '.')
            : trimmed;
        if (decimal.TryParse(normalised, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            amount = value;
            return true;
        }

        return false;
    }

    public static bool TryParseDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            date = value;
            return true;
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,3}(\.\d{3})+$")]
    private static partial System.Text.RegularExpressions.Regex ThousandsWithDots();
}
