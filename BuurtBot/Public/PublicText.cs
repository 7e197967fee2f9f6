using System.Globalization;
using BuurtBot.Admin;
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

    // The same names as the admin pages, so public page, chat and coordinator say the same thing.
    public static string Status(InitiatiefStatus status) => InitiatiefDisplay.Status(status);

    public static string Thema(Thema thema) => InitiatiefDisplay.Thema(thema);

    public static string Side(DealSide side) => InitiatiefDisplay.Side(side);

    public static string AfspraakStatus(AfspraakStatus status) => InitiatiefDisplay.AfspraakStatus(status);

    public static string Date(DateTime utc) => utc.ToString("d MMMM yyyy", Dutch);

    public static string Number(double value, int decimals = 1) => value.ToString("N" + decimals, Dutch);

    public static string Invariant(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>
    /// The public title while no coordinator has approved the resident's: made from structured
    /// fields only ("Initiatief over groen in Kerkelanden"), so it can hold nothing they typed.
    /// </summary>
    public static string Untitled(Initiatief initiatief)
    {
        ArgumentNullException.ThrowIfNull(initiatief);
        return $"Initiatief over {Thema(initiatief.Thema).ToLowerInvariant()} in {initiatief.BuurtName ?? initiatief.WijkName}";
    }

    /// <summary>Shown where a text waits for the coordinator's review.</summary>
    public const string AwaitingReview = "De buurtcoördinator bekijkt deze tekst nog. Daarna staat hij hier.";
}
