using System.Globalization;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;

namespace BuurtBot.Public;

/// <summary>
/// Values as the public pages show them: the same Dutch names residents see in the chat (from
/// DomainTexts), numbers and dates the Dutch way. Machine formats (data attributes, downloads)
/// use <see cref="Invariant"/> instead, so a server culture never turns 52.22 into "52,22".
/// </summary>
public static class PublicText
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

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

    public static string Date(DateTime utc) => utc.ToString("d MMMM yyyy", Dutch);

    public static string Number(double value, int decimals = 1) => value.ToString("N" + decimals, Dutch);

    public static string Invariant(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
