namespace BuurtBot.Dialogs.Domain.Buurtbegrotingen;

/// <summary>
/// Accepting this deal for the gemeente would take the wijk over its buurtbegroting of the year. Only a
/// beheerder may do that, and only by confirming it (<see cref="MayConfirm"/>: the one asking is a beheerder).
/// The message is for the coordinator's page, in Dutch.
/// </summary>
public sealed class BuurtbegrotingOverschredenException : InvalidOperationException
{
    public BuurtbegrotingOverschredenException(string wijk, BegrotingsStand stand, long dealCents, bool mayConfirm)
        : base(Text(wijk, stand, dealCents, mayConfirm))
    {
        Wijk = wijk;
        Stand = stand;
        DealCents = dealCents;
        MayConfirm = mayConfirm;
    }

    public string Wijk { get; }

    public BegrotingsStand Stand { get; }

    public long DealCents { get; }

    public bool MayConfirm { get; }

    public static string Euros(long cents) =>
        string.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), $"€ {cents / 100m:N2}");

    private static string Text(string wijk, BegrotingsStand stand, long dealCents, bool mayConfirm) =>
        $"Deze buurtdeal vraagt {Euros(dealCents)} van de gemeente, maar de buurtbegroting {stand.Year} van {wijk} heeft nog {Euros(stand.RemainingCents)} over. "
        + (mayConfirm
            ? "Bevestig dat de gemeente de deal toch accepteert, boven de begroting."
            : "Alleen een beheerder kan de deal boven de begroting accepteren. Vraag een beheerder, of maak de afspraken van de gemeente kleiner.");
}
