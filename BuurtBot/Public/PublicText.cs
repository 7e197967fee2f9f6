using System.Globalization;
using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Buurtdeals;
using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Languages;

namespace BuurtBot.Public;

/// <summary>
/// Values as the public pages show them, in the page's language: the same names residents see in the chat
/// (from DomainTexts), numbers and dates the Dutch or English way. Machine formats (data attributes, downloads)
/// use <see cref="Invariant"/> instead, so a server culture never turns 52.22 into "52,22".
/// </summary>
public static class PublicText
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    private static PageLanguage Language => PageLanguage.Current;

    // The same names as the chat, in the page's language, so public page, chat and coordinator say the same thing.
    public static string Status(InitiatiefStatus status) => DomainText.Get(InitiatiefLifecycle.StatusTextKey(status), Language.Code);

    public static string Thema(Thema thema) => ThemaCatalog.DisplayName(thema, Language.Code);

    public static string Side(DealSide side) => side == DealSide.Bewoners ? PublicTexts.BewonersCap : PublicTexts.GemeenteCap;

    public static string AfspraakStatus(AfspraakStatus status) => status switch
    {
        Dialogs.Domain.Buurtdeals.AfspraakStatus.Open => PublicTexts.AfspraakOpen,
        Dialogs.Domain.Buurtdeals.AfspraakStatus.Bezig => PublicTexts.AfspraakBezig,
        Dialogs.Domain.Buurtdeals.AfspraakStatus.Gedaan => PublicTexts.AfspraakGedaan,
        _ => PublicTexts.AfspraakNietGelukt,
    };

    public static string Date(DateTime utc) => utc.ToString("d MMMM yyyy", Language.Culture);

    public static string Number(double value, int decimals = 1) => value.ToString("N" + decimals, Language.Culture);

    public static string Invariant(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>A text from PublicTexts with its values, formatted in the page's language.</summary>
    public static string Format(string text, params object?[] args) => string.Format(Language.Culture, text, args);

    /// <summary>
    /// The public title while no coordinator has approved the resident's: made from structured
    /// fields only ("Initiatief over groen in Kerkelanden"), so it can hold nothing they typed.
    /// It is data (the open data carries it), so it stays Dutch whatever the page's language.
    /// </summary>
    public static string Untitled(Initiatief initiatief)
    {
        ArgumentNullException.ThrowIfNull(initiatief);
        return $"Initiatief over {ThemaCatalog.DisplayName(initiatief.Thema, "nl").ToLowerInvariant()} in {initiatief.BuurtName ?? initiatief.WijkName}";
    }

    /// <summary>Shown where a text waits for the coordinator's review.</summary>
    public static string AwaitingReview => PublicTexts.AwaitingReview;
}
