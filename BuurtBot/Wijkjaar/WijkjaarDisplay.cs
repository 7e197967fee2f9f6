using System.Globalization;
using BuurtBot.Dialogs.Domain.Wijkjaren;

namespace BuurtBot.Wijkjaar;

/// <summary>The wijkjaar's words on the admin and public pages (Dutch), so both say the same.</summary>
public static class WijkjaarDisplay
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Fase(WijkjaarFase fase) => Notifications.NotificationTexts.FaseName(fase);

    public static string Fase(WijkjaarFase? fase) => fase is { } f ? Fase(f) : "Nog niet begonnen";

    /// <summary>"1 januari – 29 februari 2027".</summary>
    public static string Periode(FasePeriode periode, int year)
    {
        ArgumentNullException.ThrowIfNull(periode);
        return $"{periode.StartIn(year).ToString("d MMMM", Dutch)} – {periode.EndIn(year).ToString("d MMMM yyyy", Dutch)}";
    }
}
